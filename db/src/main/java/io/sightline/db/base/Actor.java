package io.sightline.db.base;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is acting: a user of one workspace with a role. Every service method that reads or writes tenant data takes one, and
 * {@link TenantScope} hands it to PostgreSQL so that row-level security scopes the transaction to it.
 */
public record Actor(UUID workspaceId, UUID userId, Role role) {

    public Actor {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** 403 {@code forbidden} unless the actor acts as an admin (as the token says; see also the database's word). */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw ForbiddenException.adminOnly();
        }
    }
}
