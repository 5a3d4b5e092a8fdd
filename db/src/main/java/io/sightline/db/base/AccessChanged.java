package io.sightline.db.base;

import java.util.UUID;

/**
 * Published (inside the transaction) when someone's right to act may have changed: a user's role or status, or a whole
 * workspace's status when {@code userId} is null. Caches of who may sign in listen for it once the change is committed.
 */
public record AccessChanged(UUID workspaceId, UUID userId) {

    public static AccessChanged user(UUID workspaceId, UUID userId) {
        return new AccessChanged(workspaceId, userId);
    }

    public static AccessChanged workspace(UUID workspaceId) {
        return new AccessChanged(workspaceId, null);
    }
}
