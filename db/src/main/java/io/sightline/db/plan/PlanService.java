package io.sightline.db.plan;

import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.Actor;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.TenantScope;
import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.PlanChanged;
import io.sightline.db.workspace.WorkspaceRepository;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace plan as its admins see and change it. A change applies at once to every member: entitlements are read
 * from the workspace row on each request, never copied.
 */
@Service
public class PlanService {

    private final WorkspaceRepository workspaces;
    private final AuditService audit;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    public PlanService(
            WorkspaceRepository workspaces, AuditService audit, TenantScope scope, ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.audit = audit;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PlanState current(Actor actor) {
        actor.requireAdmin();
        scope.enter(actor);
        return PlanState.of(workspaces.findById(actor.workspaceId()).orElseThrow(PlanService::gone));
    }

    @Transactional
    public PlanState change(Actor actor, Plan plan) {
        Objects.requireNonNull(plan, "plan");
        actor.requireAdmin();
        scope.enter(actor);
        var workspace = workspaces.lock(actor.workspaceId()).orElseThrow(PlanService::gone);
        if (workspace.plan() == plan) {
            return PlanState.of(workspace);
        }
        var changed = workspaces.updatePlan(actor.workspaceId(), plan);
        audit.byUser(
                actor,
                AuditAction.PLAN_CHANGED,
                null,
                null,
                Map.of("from", workspace.plan().name(), "to", plan.name()));
        events.publishEvent(new PlanChanged(actor.workspaceId(), plan));
        return PlanState.of(changed);
    }

    private static NotFoundException gone() {
        return new NotFoundException("Your workspace no longer exists.");
    }
}
