package io.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Signs workspaces up and users in through the API, for tests that need someone to act as. */
public final class Workspaces {

    public static final String PASSWORD = "correct horse battery staple";

    private final ApiClient api;

    public Workspaces(ApiClient api) {
        this.api = api;
    }

    public record Owner(String email, String workspaceId, String userId, String slug, String token) {}

    public Owner signUp() {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var email = "owner-" + unique + "@example.com";
        var response = api.post(
                "/api/v1/signup",
                null,
                ApiClient.json(
                        "workspaceName",
                        "Team " + unique,
                        "name",
                        "Owner " + unique,
                        "email",
                        email,
                        "password",
                        PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var body = response.json();
        return new Owner(
                email,
                body.path("workspace").path("id").asString(),
                body.path("user").path("id").asString(),
                body.path("workspace").path("slug").asString(),
                token(email, PASSWORD));
    }

    public record Joined(String email, String userId, String token) {}

    /** Invites a fresh email into the owner's workspace, accepts through the API and signs the new user in. */
    public Joined join(Owner owner, String role) {
        var email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var accepted = api.post(
                acceptPath(invite(owner.token(), email, role)),
                null,
                ApiClient.json("name", "Joiner " + email.substring(0, 12), "password", PASSWORD));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return new Joined(email, accepted.json().path("user").path("id").asString(), token(email, PASSWORD));
    }

    /** Invites through the API and returns the accept URL of the answer. */
    public String invite(String adminToken, String email, String role) {
        var response = api.post("/api/v1/admin/invitations", adminToken, ApiClient.json("email", email, "role", role));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("acceptUrl").asString();
    }

    /** The API path accepting the invitation of an accept URL ({@code .../invitations/{token}}). */
    public static String acceptPath(String acceptUrl) {
        return "/api/v1/invitations/" + tokenOf(acceptUrl) + "/accept";
    }

    public static String tokenOf(String acceptUrl) {
        return acceptUrl.substring(acceptUrl.lastIndexOf('/') + 1);
    }

    public String token(String email, String password) {
        var response = api.post("/api/v1/auth/token", null, ApiClient.json("email", email, "password", password));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("accessToken").asString();
    }
}
