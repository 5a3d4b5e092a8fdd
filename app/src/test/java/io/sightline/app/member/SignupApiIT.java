package io.sightline.app.member;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class SignupApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String signup(String workspaceName, String slug, String name, String email, String password) {
        return json(
                "workspaceName", workspaceName,
                "workspaceSlug", slug,
                "name", name,
                "email", email,
                "password", password);
    }

    @Test
    void signing_up_creates_a_basic_workspace_owned_by_its_admin() {
        var id = unique();
        var response = api.post(
                "/api/v1/signup",
                null,
                signup("Acme " + id, null, "Ada Lovelace", "Ada." + id + "@Example.COM", Workspaces.PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        assertThat(body.path("workspace").path("slug").asString()).isEqualTo("acme-" + id);
        assertThat(body.path("workspace").path("name").asString()).isEqualTo("Acme " + id);
        assertThat(body.path("workspace").path("plan").asString()).isEqualTo("BASIC");
        assertThat(body.path("workspace").path("id").asString()).isNotBlank();
        assertThat(body.path("user").path("email").asString()).isEqualTo("ada." + id + "@example.com");
        assertThat(body.path("user").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.path("user").path("role").asString()).isEqualTo("ADMIN");
        assertThat(body.path("user").path("owner").asBoolean()).isTrue();
    }

    @Test
    void the_new_owner_can_sign_in_and_sees_their_workspace() {
        var owner = new Workspaces(api).signUp();

        var me = api.get("/api/v1/me", owner.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("user").path("id").asString()).isEqualTo(owner.userId());
        assertThat(me.json().path("user").path("owner").asBoolean()).isTrue();
        assertThat(me.json().path("workspace").path("id").asString()).isEqualTo(owner.workspaceId());
        assertThat(me.json().path("workspace").path("plan").asString()).isEqualTo("BASIC");
        assertThat(me.json().path("workspace").path("trackingEnabled").asBoolean())
                .isFalse();
        assertThat(me.json().path("settings").path("trackByDefault").asBoolean())
                .isTrue();
        assertThat(me.json().path("settings").path("notificationsEnabled").asBoolean())
                .isTrue();
    }

    @Test
    void an_email_can_have_only_one_account_whatever_its_case() {
        var id = unique();
        var first = api.post(
                "/api/v1/signup",
                null,
                signup("One " + id, null, "A", "dup" + id + "@example.com", Workspaces.PASSWORD));
        assertThat(first.status()).isEqualTo(201);

        var second = api.post(
                "/api/v1/signup",
                null,
                signup("Two " + id, null, "B", "DUP" + id + "@Example.com", Workspaces.PASSWORD));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.problem()).isEqualTo("email-taken");
    }

    @Test
    void a_slug_can_belong_to_one_workspace_only() {
        var slug = "taken-" + unique();
        var first = api.post(
                "/api/v1/signup",
                null,
                signup("First", slug, "A", "a" + unique() + "@example.com", Workspaces.PASSWORD));
        assertThat(first.status()).isEqualTo(201);

        var second = api.post(
                "/api/v1/signup",
                null,
                signup("Second", slug, "B", "b" + unique() + "@example.com", Workspaces.PASSWORD));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problem()).isEqualTo("slug-taken");
    }

    @Test
    void without_a_slug_a_taken_suggestion_gets_a_suffix() {
        var name = "Same Name " + unique();
        var first = api.post(
                "/api/v1/signup", null, signup(name, null, "A", "a" + unique() + "@example.com", Workspaces.PASSWORD));
        var second = api.post(
                "/api/v1/signup", null, signup(name, null, "B", "b" + unique() + "@example.com", Workspaces.PASSWORD));

        assertThat(second.status()).isEqualTo(201);
        var firstSlug = first.json().path("workspace").path("slug").asString();
        var secondSlug = second.json().path("workspace").path("slug").asString();
        assertThat(secondSlug).isNotEqualTo(firstSlug).startsWith(firstSlug + "-");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "workspaceName|   ",
                "workspaceSlug|Has Capitals",
                "workspaceSlug|ab",
                "workspaceSlug|-leading-dash",
                "workspaceSlug|this-slug-is-far-too-long-to-be-accepted-here",
                "name|",
                "email|not-an-email",
                "email|two@@example.com",
                "password|elevenchars",
            })
    void each_invalid_field_is_named_and_nothing_is_created(String field, String value) {
        var id = unique();
        var email = "valid" + id + "@example.com";
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("workspaceName", "Valid " + id);
        fields.put("workspaceSlug", "valid-" + id);
        fields.put("name", "Valid Person");
        fields.put("email", email);
        fields.put("password", Workspaces.PASSWORD);
        fields.put(field, value == null ? "" : value);
        var body = fields.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray();

        var response = api.post("/api/v1/signup", null, json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem()).isEqualTo("validation");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
        if (!field.equals("email")) {
            var tokenAttempt =
                    api.post("/api/v1/auth/token", null, json("email", email, "password", Workspaces.PASSWORD));
            assertThat(tokenAttempt.status()).as("no account was created").isEqualTo(401);
        }
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() {
        var response = api.post("/api/v1/signup", null, "{\"workspaceName\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo("malformed-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_a_page() {
        var owner = new Workspaces(api).signUp();

        var response = api.put("/api/v1/no-such-thing", owner.token(), "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo("not-found");
    }

    @Test
    void a_body_over_64_kib_is_refused_with_413() {
        var response = api.post("/api/v1/signup", null, json("workspaceName", "x".repeat(70 * 1024)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problem()).isEqualTo("payload-too-large");
    }

    @Test
    void one_address_may_sign_up_ten_workspaces_an_hour() {
        var address = ApiClient.randomAddress();
        for (int i = 0; i < 10; i++) {
            var id = unique();
            var ok = api.postFrom(
                    address,
                    "/api/v1/signup",
                    signup("Flood " + id, null, "F", "flood" + id + "@example.com", Workspaces.PASSWORD));
            assertThat(ok.status()).as("sign-up %d", i + 1).isEqualTo(201);
        }

        var id = unique();
        var refused = api.postFrom(
                address,
                "/api/v1/signup",
                signup("Flood " + id, null, "F", "flood" + id + "@example.com", Workspaces.PASSWORD));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problem()).isEqualTo("rate-limited");
        var otherAddress = api.postFrom(
                ApiClient.randomAddress(),
                "/api/v1/signup",
                signup("Other " + id, null, "F", "other" + id + "@example.com", Workspaces.PASSWORD));
        assertThat(otherAddress.status()).isEqualTo(201);
    }
}
