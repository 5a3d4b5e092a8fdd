package io.sightline.app.admin;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class PlanApiIT {

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
    void a_new_workspace_is_on_basic_without_tracking() {
        var owner = workspaces.signUp();

        var plan = api.get("/api/v1/admin/plan", owner.token());

        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("plan").asString()).isEqualTo("BASIC");
        assertThat(plan.json().path("trackingEnabled").asBoolean()).isFalse();
        assertThat(Instant.parse(plan.json().path("changedAt").asString()))
                .isBefore(Instant.now().plusSeconds(5));
    }

    @Test
    void upgrading_unlocks_tracking_for_every_member_at_once_and_downgrading_locks_it_again() {
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        var before = Instant.parse(api.get("/api/v1/admin/plan", owner.token())
                .json()
                .path("changedAt")
                .asString());

        var upgraded = api.put("/api/v1/admin/plan", owner.token(), json("plan", "PROFESSIONAL"));

        assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
        assertThat(upgraded.json().path("plan").asString()).isEqualTo("PROFESSIONAL");
        assertThat(upgraded.json().path("trackingEnabled").asBoolean()).isTrue();
        assertThat(Instant.parse(upgraded.json().path("changedAt").asString())).isAfter(before);
        var memberSees = api.get("/api/v1/me", member.token()).json().path("workspace");
        assertThat(memberSees.path("plan").asString()).isEqualTo("PROFESSIONAL");
        assertThat(memberSees.path("trackingEnabled").asBoolean()).isTrue();

        assertThat(api.put("/api/v1/admin/plan", owner.token(), json("plan", "BUSINESS"))
                        .json()
                        .path("trackingEnabled")
                        .asBoolean())
                .isTrue();
        var downgraded = api.put("/api/v1/admin/plan", owner.token(), json("plan", "BASIC"));

        assertThat(downgraded.json().path("trackingEnabled").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/me", member.token())
                        .json()
                        .path("workspace")
                        .path("trackingEnabled")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void unknown_or_missing_plan_names_get_400_and_the_plan_stays() {
        var owner = workspaces.signUp();

        var unknown = api.put("/api/v1/admin/plan", owner.token(), json("plan", "ENTERPRISE"));
        var lowercase = api.put("/api/v1/admin/plan", owner.token(), json("plan", "professional"));
        var missing = api.put("/api/v1/admin/plan", owner.token(), "{}");
        var wrongType = api.put("/api/v1/admin/plan", owner.token(), "{\"plan\": [1]}");

        for (var answer : new ApiClient.Response[] {unknown, lowercase, missing}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.problem()).isEqualTo("validation");
            assertThat(answer.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("plan");
        }
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/plan", owner.token())
                        .json()
                        .path("plan")
                        .asString())
                .isEqualTo("BASIC");
    }
}
