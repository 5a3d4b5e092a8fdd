package io.sightline.app.operator;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import io.sightline.db.operator.OperatorService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.json.JsonMapper;

@AppTest
class OperatorApiIT {

    public static final String EMAIL = "operator@sightline.test";
    public static final String PASSWORD = "operator passphrase for tests";

    @LocalServerPort
    int port;

    @Autowired
    OperatorService bootstrap;

    ApiClient api;
    Workspaces workspaces;
    String operator;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
        operator = workspaces.token(EMAIL, PASSWORD);
    }

    @Test
    void the_bootstrapped_operator_signs_in_for_a_token_with_no_workspace() {
        var claims = JsonMapper.builder()
                .build()
                .readTree(new String(Base64.getUrlDecoder().decode(operator.split("\\.")[1]), StandardCharsets.UTF_8));

        assertThat(claims.has("wid")).isFalse();
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("OPERATOR");
        assertThat(claims.path("roles")).hasSize(1);
        assertThat(UUID.fromString(claims.path("sub").asString())).isNotNull();
        var wrong = api.post("/api/v1/auth/token", null, json("email", EMAIL, "password", "not the password at all"));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void the_operator_searches_workspaces_and_sees_plan_status_and_user_count() {
        var owner = workspaces.signUp();
        workspaces.join(owner, "MEMBER");

        var found = api.get("/api/v1/operator/workspaces?q=" + owner.slug().toUpperCase(), operator);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        var items = found.json().path("items");
        assertThat(items).hasSize(1);
        var workspace = items.get(0);
        assertThat(workspace.path("id").asString()).isEqualTo(owner.workspaceId());
        assertThat(workspace.path("slug").asString()).isEqualTo(owner.slug());
        assertThat(workspace.path("name").asString()).startsWith("Team ");
        assertThat(workspace.path("plan").asString()).isEqualTo("BASIC");
        assertThat(workspace.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(workspace.path("users").asInt()).isEqualTo(2);
        assertThat(Instant.parse(workspace.path("createdAt").asString()))
                .isBefore(Instant.now().plusSeconds(5));
        assertThat(found.json().path("nextCursor").isNull()).isTrue();
        var nothing =
                api.get("/api/v1/operator/workspaces?q=%25no_such%25", operator).json();
        assertThat(nothing.path("items")).isEmpty();
    }

    @Test
    void the_list_pages_newest_first_with_a_keyset_cursor() {
        var marker = "pager" + UUID.randomUUID().toString().substring(0, 6);
        var created = new ArrayList<String>();
        for (int i = 0; i < 52; i++) {
            var response = api.post(
                    "/api/v1/signup",
                    null,
                    json(
                            "workspaceName",
                            marker + " " + i,
                            "name",
                            "Pager",
                            "email",
                            marker + "-" + i + "@example.com",
                            "password",
                            Workspaces.PASSWORD));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            created.add(response.json().path("workspace").path("id").asString());
        }

        var first = api.get("/api/v1/operator/workspaces?q=" + marker, operator).json();
        var second = api.get(
                        "/api/v1/operator/workspaces?q=" + marker + "&cursor="
                                + first.path("nextCursor").asString(),
                        operator)
                .json();

        assertThat(first.path("items")).hasSize(50);
        assertThat(first.path("items").get(0).path("id").asString()).isEqualTo(created.getLast());
        assertThat(second.path("items")).hasSize(2);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        var seen = new ArrayList<String>();
        first.path("items").forEach(w -> seen.add(w.path("id").asString()));
        second.path("items").forEach(w -> seen.add(w.path("id").asString()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        var bad = api.get("/api/v1/operator/workspaces?cursor=not-a-cursor", operator);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problem()).isEqualTo("validation");
    }

    @Test
    void a_suspended_workspace_cant_sign_in_and_its_tokens_stop_until_reactivated() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");

        var suspended =
                api.patch("/api/v1/operator/workspaces/" + owner.workspaceId(), operator, json("status", "SUSPENDED"));

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(within60s(() -> api.get("/api/v1/me", owner.token()).status() == 401))
                .isTrue();
        assertThat(within60s(() -> api.get("/api/v1/me", member.token()).status() == 401))
                .isTrue();
        var signIn =
                api.post("/api/v1/auth/token", null, json("email", owner.email(), "password", Workspaces.PASSWORD));
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.problem()).isEqualTo("bad-credentials");

        var reactivated =
                api.patch("/api/v1/operator/workspaces/" + owner.workspaceId(), operator, json("status", "ACTIVE"));
        assertThat(reactivated.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(workspaces.token(owner.email(), Workspaces.PASSWORD)).isNotBlank();
    }

    @Test
    void the_operator_changes_a_plan_and_it_applies_and_is_audited_as_the_operators_doing() {
        var owner = workspaces.signUp();

        var changed =
                api.patch("/api/v1/operator/workspaces/" + owner.workspaceId(), operator, json("plan", "BUSINESS"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("plan").asString()).isEqualTo("BUSINESS");
        var me = api.get("/api/v1/me", owner.token()).json().path("workspace");
        assertThat(me.path("plan").asString()).isEqualTo("BUSINESS");
        assertThat(me.path("trackingEnabled").asBoolean()).isTrue();
        var latest = api.get("/api/v1/admin/audit", owner.token())
                .json()
                .path("items")
                .get(0);
        assertThat(latest.path("action").asString()).isEqualTo("PLAN_CHANGED");
        assertThat(latest.path("actor").asString()).isEqualTo(EMAIL);
        assertThat(latest.path("actorType").asString()).isEqualTo("OPERATOR");
    }

    @Test
    void bad_requests_get_their_problem_and_change_nothing() {
        var owner = workspaces.signUp();
        var path = "/api/v1/operator/workspaces/" + owner.workspaceId();

        var status = api.patch(path, operator, json("status", "DELETED"));
        var plan = api.patch(path, operator, json("plan", "FREE"));
        var malformed = api.patch("/api/v1/operator/workspaces/123", operator, json("status", "SUSPENDED"));
        var unknown =
                api.patch("/api/v1/operator/workspaces/" + UUID.randomUUID(), operator, json("status", "SUSPENDED"));

        assertThat(status.status()).isEqualTo(400);
        assertThat(plan.status()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("not-found");
        var me = api.get("/api/v1/me", owner.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("workspace").path("plan").asString()).isEqualTo("BASIC");
    }

    @Test
    void only_the_operator_may_use_operator_endpoints_and_the_operator_no_workspace_ones() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");

        for (var token : new String[] {owner.token(), member.token()}) {
            var list = api.get("/api/v1/operator/workspaces", token);
            var patch =
                    api.patch("/api/v1/operator/workspaces/" + owner.workspaceId(), token, json("status", "SUSPENDED"));
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.problem()).isEqualTo("forbidden");
            assertThat(patch.status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/admin/users", operator).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me", operator).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/operator/workspaces", null).status()).isEqualTo(401);
    }

    @Test
    void bootstrapping_again_sets_the_operators_password_and_a_users_email_is_refused() {
        var owner = workspaces.signUp();
        try {
            bootstrap.bootstrap(EMAIL.toUpperCase(), "a rotated operator passphrase");

            var old = api.post("/api/v1/auth/token", null, json("email", EMAIL, "password", PASSWORD));
            assertThat(old.status()).isEqualTo(401);
            assertThat(workspaces.token(EMAIL, "a rotated operator passphrase")).isNotBlank();
        } finally {
            bootstrap.bootstrap(EMAIL, PASSWORD);
        }
        assertThatThrownBy(() -> bootstrap.bootstrap(owner.email(), "another operator passphrase"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> bootstrap.bootstrap("ops@example.com", "short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workspaces.token(owner.email(), Workspaces.PASSWORD)).isNotBlank();
    }

    @Test
    void nobody_can_sign_up_with_the_operators_email() {
        var response = api.post(
                "/api/v1/signup",
                null,
                json(
                        "workspaceName",
                        "Impostor",
                        "name",
                        "Impostor",
                        "email",
                        EMAIL.toUpperCase(),
                        "password",
                        Workspaces.PASSWORD));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problem()).isEqualTo("email-taken");
    }

    static boolean within60s(Supplier<Boolean> condition) {
        var start = Instant.now();
        while (Duration.between(start, Instant.now()).toSeconds() < 60) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
