package io.sightline.db.plan;

import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.Workspace;
import java.time.Instant;

/** A workspace's plan, whether tracking works for it right now, and since when the plan is what it is. */
public record PlanState(Plan plan, boolean trackingEnabled, Instant changedAt) {

    static PlanState of(Workspace workspace) {
        return new PlanState(workspace.plan(), workspace.trackingEnabled(), workspace.planChangedAt());
    }
}
