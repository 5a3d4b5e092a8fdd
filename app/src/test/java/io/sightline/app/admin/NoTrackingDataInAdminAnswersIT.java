package io.sightline.app.admin;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Admins and the operator never learn anything of anyone's tracking: every field of every answer of theirs is one the
 * contract documents for that endpoint. A tracking field (subject, recipients, openCount, opens, notifications...) added
 * to any of them makes this fail.
 */
@AppTest
class NoTrackingDataInAdminAnswersIT {

    static final Set<String> USER = Set.of("id", "email", "name", "role", "status", "owner", "createdAt");
    static final Set<String> INVITATION =
            Set.of("id", "email", "role", "acceptUrl", "expiresAt", "mailed", "createdAt");
    static final Set<String> PLAN = Set.of("plan", "trackingEnabled", "changedAt");
    static final Set<String> AUDIT = Set.of("at", "actor", "actorType", "action", "target", "details");
    static final Set<String> AUDIT_DETAILS = Set.of("from", "to", "role", "renewed", "workspace", "slug");
    static final Set<String> WORKSPACE = Set.of("id", "slug", "name", "plan", "status", "users", "createdAt");
    static final Set<String> PAGE = Set.of("items", "nextCursor");

    @LocalServerPort
    int port;

    @Test
    void every_admin_and_operator_answer_holds_only_documented_fields() {
        var api = new ApiClient(port);
        var workspaces = new Workspaces(api);
        var owner = workspaces.signUp();
        var member = workspaces.join(owner, "MEMBER");
        var admin = owner.token();
        var operator = workspaces.token("operator@sightline.test", "operator passphrase for tests");
        api.put("/api/v1/admin/plan", admin, json("plan", "PROFESSIONAL"));

        Map<String, ApiClient.Response> answers = Map.of(
                "users", api.get("/api/v1/admin/users", admin),
                "patch user", api.patch("/api/v1/admin/users/" + member.userId(), admin, json("role", "MEMBER")),
                "invite",
                        api.post(
                                "/api/v1/admin/invitations",
                                admin,
                                json("email", "leak-" + System.nanoTime() + "@example.com", "role", "MEMBER")),
                "invitations", api.get("/api/v1/admin/invitations", admin),
                "plan", api.get("/api/v1/admin/plan", admin),
                "put plan", api.put("/api/v1/admin/plan", admin, json("plan", "BUSINESS")),
                "audit", api.get("/api/v1/admin/audit", admin),
                "workspaces", api.get("/api/v1/operator/workspaces?q=" + owner.slug(), operator),
                "patch workspace",
                        api.patch(
                                "/api/v1/operator/workspaces/" + owner.workspaceId(),
                                operator,
                                json("plan", "PROFESSIONAL")));
        answers.forEach((name, answer) ->
                assertThat(answer.status()).as(name + ": " + answer.body()).isBetween(200, 201));

        assertOnly(answers.get("users").json(), PAGE, USER);
        assertOnly(answers.get("patch user").json(), USER);
        assertOnly(answers.get("invite").json(), INVITATION);
        assertOnly(answers.get("invitations").json(), PAGE, INVITATION);
        assertOnly(answers.get("plan").json(), PLAN);
        assertOnly(answers.get("put plan").json(), PLAN);
        assertOnly(answers.get("workspaces").json(), PAGE, WORKSPACE);
        assertOnly(answers.get("patch workspace").json(), WORKSPACE);
        var audit = answers.get("audit").json();
        assertOnly(audit, PAGE, AUDIT, AUDIT_DETAILS);
        for (var event : audit.path("items")) {
            assertThat(event.path("details").isObject()).isTrue();
            event.path("details")
                    .properties()
                    .forEach(d -> assertThat(d.getValue().isString()).isTrue());
        }
    }

    /** Every property name anywhere in the document is in one of the allowed sets. */
    @SafeVarargs
    static void assertOnly(JsonNode document, Set<String>... allowed) {
        var names = new TreeSet<String>();
        collect(document, names);
        var permitted = new TreeSet<String>();
        for (var set : allowed) {
            permitted.addAll(set);
        }
        assertThat(permitted).as("fields of " + document).containsAll(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                names.add(entry.getKey());
                collect(entry.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
