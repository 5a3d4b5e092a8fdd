package io.sightline.app.operator;

import io.sightline.app.base.Params;
import io.sightline.db.base.Violations;
import io.sightline.db.operator.OperatorActor;
import io.sightline.db.operator.OperatorService;
import io.sightline.db.operator.WorkspaceSummary;
import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.WorkspaceStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/operator/workspaces}: the platform operator's console over every workspace. */
@RestController
class OperatorWorkspacesController {

    private final OperatorService operators;

    OperatorWorkspacesController(OperatorService operators) {
        this.operators = operators;
    }

    record WorkspaceJson(UUID id, String slug, String name, String plan, String status, int users, Instant createdAt) {

        static WorkspaceJson of(WorkspaceSummary w) {
            return new WorkspaceJson(
                    w.id(), w.slug(), w.name(), w.plan().name(), w.status().name(), w.users(), w.createdAt());
        }
    }

    record Page(List<WorkspaceJson> items, String nextCursor) {}

    record WorkspacePatch(String status, String plan) {}

    @GetMapping("/api/v1/operator/workspaces")
    Page workspaces(
            OperatorActor operator,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor) {
        var page = operators.workspaces(operator, q, cursor);
        return new Page(page.items().stream().map(WorkspaceJson::of).toList(), page.nextCursor());
    }

    @PatchMapping("/api/v1/operator/workspaces/{id}")
    WorkspaceJson update(OperatorActor operator, @PathVariable UUID id, @RequestBody WorkspacePatch patch) {
        var violations = new Violations();
        var status = Params.constant(WorkspaceStatus.class, patch.status(), "status", violations);
        var plan = Params.constant(Plan.class, patch.plan(), "plan", violations);
        violations.throwIfAny();
        return WorkspaceJson.of(operators.update(operator, id, status, plan));
    }
}
