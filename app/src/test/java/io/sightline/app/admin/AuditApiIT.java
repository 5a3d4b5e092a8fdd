package io.sightline.app.admin;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AppTest
class AuditApiIT {

    @LocalServerPort
    int port;

    ApiClient api;
    Workspaces workspaces;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    @Test
    void the_trail_says_who_did_what_to_whom_newest_first() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("role", "ADMIN"));
        api.patch("/api/v1/admin/users/" + member.userId(), owner.token(), json("status", "DEACTIVATED"));
        api.put("/api/v1/admin/plan", owner.token(), json("plan", "PROFESSIONAL"));
        var revokedEmail = "revoked-" + System.nanoTime() + "@example.com";
        workspaces.invite(owner.token(), revokedEmail, "MEMBER");
        var id = api.get("/api/v1/admin/invitations", owner.token())
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        api.delete("/api/v1/admin/invitations/" + id, owner.token());

        var page = api.get("/api/v1/admin/audit", owner.token());

        assertThat(page.status()).isEqualTo(200);
        var items = page.json().path("items");
        assertThat(actions(items))
                .containsExactly(
                        "INVITATION_REVOKED",
                        "INVITATION_SENT",
                        "PLAN_CHANGED",
                        "STATUS_CHANGED",
                        "ROLE_CHANGED",
                        "INVITATION_ACCEPTED",
                        "INVITATION_SENT",
                        "SIGNED_UP");
        assertThat(page.json().path("nextCursor").isNull()).isTrue();
        var role = items.get(4);
        assertThat(role.path("actor").asString()).isEqualTo(owner.email());
        assertThat(role.path("target").asString()).isEqualTo(member.email());
        assertThat(role.path("details").path("from").asString()).isEqualTo("MEMBER");
        assertThat(role.path("details").path("to").asString()).isEqualTo("ADMIN");
        assertThat(items.get(3).path("details").path("to").asString()).isEqualTo("DEACTIVATED");
        assertThat(items.get(2).path("details").path("to").asString()).isEqualTo("PROFESSIONAL");
        assertThat(items.get(0).path("target").asString()).isEqualTo(revokedEmail);
        assertThat(items.get(5).path("actor").asString()).isEqualTo(member.email());
        assertThat(items.get(7).path("actor").asString()).isEqualTo(owner.email());
        var times = new ArrayList<Instant>();
        items.forEach(item -> times.add(Instant.parse(item.path("at").asString())));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void the_trail_pages_with_a_keyset_cursor_and_keeps_other_workspaces_out() {
        var owner = workspaces.signUp();
        var other = workspaces.signUp();
        for (int i = 0; i < 30; i++) {
            api.put("/api/v1/admin/plan", owner.token(), json("plan", i % 2 == 0 ? "BUSINESS" : "BASIC"));
        }
        for (int i = 0; i < 30; i++) {
            api.put("/api/v1/admin/plan", owner.token(), json("plan", i % 2 == 0 ? "PROFESSIONAL" : "BASIC"));
        }

        var first = api.get("/api/v1/admin/audit", owner.token()).json();
        var cursor = first.path("nextCursor").asString();
        var second =
                api.get("/api/v1/admin/audit?cursor=" + cursor, owner.token()).json();

        assertThat(first.path("items")).hasSize(50);
        assertThat(second.path("items")).hasSize(11);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        assertThat(second.path("items").get(10).path("action").asString()).isEqualTo("SIGNED_UP");
        var otherItems = api.get("/api/v1/admin/audit", other.token()).json().path("items");
        assertThat(actions(otherItems)).containsExactly("SIGNED_UP");
        assertThat(otherItems.get(0).path("actor").asString()).isEqualTo(other.email());
    }

    @Test
    void a_cursor_that_is_not_ours_gets_400() {
        var owner = workspaces.signUp();

        for (var cursor : new String[] {"abc", "-5", "0", "9999999999999999999999"}) {
            var answer = api.get("/api/v1/admin/audit?cursor=" + cursor, owner.token());
            assertThat(answer.status()).as(cursor).isEqualTo(400);
            assertThat(answer.problem()).isEqualTo("validation");
        }
    }

    static List<String> actions(JsonNode items) {
        var actions = new ArrayList<String>();
        items.forEach(item -> actions.add(item.path("action").asString()));
        return actions;
    }
}
