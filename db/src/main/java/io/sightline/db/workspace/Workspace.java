package io.sightline.db.workspace;

import io.sightline.db.jooq.tables.records.WorkspaceRecord;
import java.time.Instant;
import java.util.UUID;

/** A tenant: one company's workspace. */
public record Workspace(
        UUID id,
        String slug,
        String name,
        Plan plan,
        Instant planChangedAt,
        WorkspaceStatus status,
        Instant createdAt) {

    /** Tracking needs a plan that includes it and a workspace that is not suspended. */
    public boolean trackingEnabled() {
        return plan.trackingEnabled() && status == WorkspaceStatus.ACTIVE;
    }

    static Workspace fromRecord(WorkspaceRecord r) {
        return new Workspace(
                r.getId(),
                r.getSlug(),
                r.getName(),
                Plan.valueOf(r.getPlan()),
                r.getPlanChangedAt(),
                WorkspaceStatus.valueOf(r.getStatus()),
                r.getCreatedAt());
    }
}
