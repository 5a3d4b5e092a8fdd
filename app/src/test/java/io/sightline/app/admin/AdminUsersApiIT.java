package io.sightline.app.admin;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.TestSql;
import io.sightline.app.Workspaces;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AppTest
class AdminUsersApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres postgres;

    ApiClient api;
    Workspaces workspaces;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    @Test
    void an_admin_lists_the_users_of_their_own_workspace_with_role_status_and_owner() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        workspaces.signUp();

        var response = api.get("/api/v1/admin/users", owner.token());

        assertThat(response.status()).isEqualTo(200);
        var items = response.json().path("items");
        assertThat(items).hasSize(2);
        var ownerRow = byEmail(items, owner.email());
        assertThat(ownerRow.path("role").asString()).isEqualTo("ADMIN");
        assertThat(ownerRow.path("owner").asBoolean()).isTrue();
        assertThat(ownerRow.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(ownerRow.path("createdAt").asString()).isNotBlank();
        var memberRow = byEmail(items, member.email());
        assertThat(memberRow.path("id").asString()).isEqualTo(member.userId());
        assertThat(memberRow.path("role").asString()).isEqualTo("MEMBER");
        assertThat(memberRow.path("owner").asBoolean()).isFalse();
    }

    @Test
    void a_member_gets_403_forbidden_on_every_admin_endpoint_and_changes_nothing() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        var token = member.token();

        var answers = new ApiClient.Response[] {
            api.get("/api/v1/admin/users", token),
            api.patch("/api/v1/admin/users/" + owner.userId(), token, json("status", "DEACTIVATED")),
            api.patch("/api/v1/admin/users/" + member.userId(), token, json("role", "ADMIN")),
            api.post("/api/v1/admin/ownership", token, json("userId", member.userId())),
            api.post(
                    "/api/v1/admin/invitations",
                    token,
                    json("email", "x-" + UUID.randomUUID() + "@example.com", "role", "ADMIN")),
            api.get("/api/v1/admin/invitations", token),
            api.delete("/api/v1/admin/invitations/" + UUID.randomUUID(), token),
            api.get("/api/v1/admin/plan", token),
            api.put("/api/v1/admin/plan", token, json("plan", "BUSINESS")),
            api.get("/api/v1/admin/audit", token)
        };

        for (var answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(403);
            assertThat(answer.problem()).isEqualTo("forbidden");
        }
        var me = api.get("/api/v1/me", member.token()).json();
        assertThat(me.path("user").path("role").asString()).isEqualTo("MEMBER");
        assertThat(me.path("workspace").path("plan").asString()).isEqualTo("BASIC");
    }

    @Test
    void an_admin_gets_404_for_a_user_of_another_workspace_and_that_user_is_untouched() {
        var owner = workspaces.signUp();
        var other = workspaces.signUp();
        var otherMember = workspaces.join(other, "MEMBER");

        var patch =
                api.patch("/api/v1/admin/users/" + otherMember.userId(), owner.token(), json("status", "DEACTIVATED"));
        var transfer = api.post("/api/v1/admin/ownership", owner.token(), json("userId", other.userId()));

        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.problem()).isEqualTo("not-found");
        assertThat(transfer.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me", otherMember.token()).status()).isEqualTo(200);
    }

    @Test
    void an_admin_promotes_a_member_and_demotes_them_again() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");

        var promoted = api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("role", "ADMIN"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().path("role").asString()).isEqualTo("ADMIN");
        var adminToken = workspaces.token(member.email(), Workspaces.PASSWORD);
        assertThat(api.get("/api/v1/admin/users", adminToken).status()).isEqualTo(200);

        var demoted = api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("role", "MEMBER"));
        assertThat(demoted.json().path("role").asString()).isEqualTo("MEMBER");
        eventually(() -> api.get("/api/v1/admin/users", adminToken).status() == 401);
    }

    @Test
    void the_owner_cant_be_demoted_or_deactivated_by_another_admin() {
        var owner = workspaces.signUp();
        var admin = workspaces.join(owner, "ADMIN");

        var demote = api.patch("/api/v1/admin/users/" + owner.userId(), admin.token(), json("role", "MEMBER"));
        var deactivate =
                api.patch("/api/v1/admin/users/" + owner.userId(), admin.token(), json("status", "DEACTIVATED"));

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.problem()).isEqualTo("owner-protected");
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.problem()).isEqualTo("owner-protected");
        var me = api.get("/api/v1/me", owner.token()).json().path("user");
        assertThat(me.path("role").asString()).isEqualTo("ADMIN");
        assertThat(me.path("owner").asBoolean()).isTrue();
    }

    @Test
    void the_only_admin_cant_demote_themselves() {
        var owner = workspaces.signUp();
        workspaces.join(owner, "MEMBER");

        var demote = api.patch("/api/v1/admin/users/" + owner.userId(), owner.token(), json("role", "MEMBER"));

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.problem()).isEqualTo("last-admin");
        assertThat(api.get("/api/v1/admin/users", owner.token()).status()).isEqualTo(200);
    }

    @Test
    void unknown_roles_and_statuses_and_malformed_ids_get_400_and_change_nothing() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        var path = "/api/v1/admin/users/" + member.userId();

        var role = api.patch(path, owner.token(), json("role", "SUPERUSER"));
        var status = api.patch(path, owner.token(), json("status", "deleted"));
        var both = api.patch(path, owner.token(), json("role", "ROOT", "status", "GONE"));
        var id = api.patch("/api/v1/admin/users/not-a-uuid", owner.token(), json("role", "ADMIN"));
        var ownership = api.post("/api/v1/admin/ownership", owner.token(), json("userId", "42"));
        var garbage = api.patch(path, owner.token(), "{not json");

        for (var answer : new ApiClient.Response[] {role, status, both, id, ownership}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.problem()).isEqualTo("validation");
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(both.json().path("errors")).hasSize(2);
        assertThat(garbage.status()).isEqualTo(400);
        var row = byEmail(api.get("/api/v1/admin/users", owner.token()).json().path("items"), member.email());
        assertThat(row.path("role").asString()).isEqualTo("MEMBER");
        assertThat(row.path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void ownership_goes_only_to_an_active_admin_and_the_old_owner_can_then_be_demoted() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        var admin = workspaces.join(owner, "ADMIN");

        var toMember = api.post("/api/v1/admin/ownership", owner.token(), json("userId", member.userId()));
        assertThat(toMember.status()).isEqualTo(409);
        assertThat(toMember.problem()).isEqualTo("not-active-admin");
        var byNonOwner = api.post("/api/v1/admin/ownership", admin.token(), json("userId", admin.userId()));
        assertThat(byNonOwner.status()).isEqualTo(403);

        var transfer = api.post("/api/v1/admin/ownership", owner.token(), json("userId", admin.userId()));

        assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
        assertThat(transfer.json().path("owner").path("id").asString()).isEqualTo(admin.userId());
        var items = api.get("/api/v1/admin/users", admin.token()).json().path("items");
        assertThat(byEmail(items, admin.email()).path("owner").asBoolean()).isTrue();
        assertThat(byEmail(items, owner.email()).path("owner").asBoolean()).isFalse();
        var demoteOld = api.patch("/api/v1/admin/users/" + owner.userId(), admin.token(), json("role", "MEMBER"));
        assertThat(demoteOld.status()).as(demoteOld.body()).isEqualTo(200);
        var demoteNew =
                api.patch("/api/v1/admin/users/" + admin.userId(), admin.token(), json("status", "DEACTIVATED"));
        assertThat(demoteNew.status()).isEqualTo(409);
    }

    @Test
    void a_deactivated_user_can_no_longer_sign_in_and_their_token_stops_within_60_seconds() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        assertThat(api.get("/api/v1/me", member.token()).status()).isEqualTo(200);

        var deactivated =
                api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("status", "DEACTIVATED"));
        assertThat(deactivated.json().path("status").asString()).isEqualTo("DEACTIVATED");

        var stoppedAfter =
                eventually(() -> api.get("/api/v1/me", member.token()).status() == 401);
        assertThat(stoppedAfter).isLessThan(Duration.ofSeconds(60));
        var signIn =
                api.post("/api/v1/auth/token", null, json("email", member.email(), "password", Workspaces.PASSWORD));
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.problem()).isEqualTo("bad-credentials");

        api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("status", "ACTIVE"));
        assertThat(workspaces.token(member.email(), Workspaces.PASSWORD)).isNotBlank();
    }

    @Test
    void a_deactivation_made_behind_the_apps_back_still_stops_the_token_within_60_seconds() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        assertThat(api.get("/api/v1/me", member.token()).status()).isEqualTo(200);

        new TestSql(postgres)
                .update("update app_user set status = 'DEACTIVATED' where id = ?", UUID.fromString(member.userId()));

        var stoppedAfter =
                eventually(() -> api.get("/api/v1/me", member.token()).status() == 401);
        assertThat(stoppedAfter).isLessThan(Duration.ofSeconds(60));
    }

    static JsonNode byEmail(JsonNode items, String email) {
        for (var item : items) {
            if (item.path("email").asString().equals(email)) {
                return item;
            }
        }
        throw new AssertionError("No " + email + " in " + items);
    }

    /** Polls for up to 60 s; returns how long it took. */
    static Duration eventually(Supplier<Boolean> condition) {
        var start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
            if (condition.get()) {
                return Duration.between(start, Instant.now());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not within 60 seconds");
    }
}
