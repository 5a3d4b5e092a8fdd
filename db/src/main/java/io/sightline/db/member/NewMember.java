package io.sightline.db.member;

import io.sightline.db.base.Role;
import java.util.UUID;

/** A user about to be inserted, with their password already hashed. */
public record NewMember(
        UUID workspaceId, UUID id, String email, String name, String passwordHash, Role role, boolean owner) {}
