package io.sightline.db.workspace;

import java.util.UUID;

/** Published (inside the transaction) when a workspace's plan changes; caches of what it may do listen after commit. */
public record PlanChanged(UUID workspaceId, Plan plan) {}
