package io.sightline.db.invitation;

import io.sightline.db.base.Role;
import io.sightline.db.jooq.tables.records.InvitationRecord;
import java.time.Instant;
import java.util.UUID;

/** A pending invitation: who is invited, as what, until when. The token is never part of it. */
public record Invitation(UUID id, UUID workspaceId, String email, Role role, Instant createdAt, Instant expiresAt) {

    static Invitation fromRecord(InvitationRecord r) {
        return new Invitation(
                r.getId(),
                r.getWorkspaceId(),
                r.getEmail(),
                Role.valueOf(r.getRole()),
                r.getCreatedAt(),
                r.getExpiresAt());
    }
}
