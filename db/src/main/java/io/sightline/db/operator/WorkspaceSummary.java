package io.sightline.db.operator;

import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.WorkspaceStatus;
import java.time.Instant;
import java.util.UUID;

/** A workspace as the operator's console lists it: never anything of its members' tracking. */
public record WorkspaceSummary(
        UUID id, String slug, String name, Plan plan, WorkspaceStatus status, int users, Instant createdAt) {}
