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

    public String token(String email, String password) {
        var response = api.post("/api/v1/auth/token", null, ApiClient.json("email", email, "password", password));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("accessToken").asString();
    }
}
