package io.sightline.db.member;

import io.sightline.db.base.Role;
import io.sightline.db.jooq.tables.records.AppUserRecord;
import java.time.Instant;
import java.util.UUID;

/** A user of a workspace, as the rest of the application sees them (never with the password hash). */
public record Member(
        UUID id,
        UUID workspaceId,
        String email,
        String name,
        Role role,
        boolean owner,
        UserStatus status,
        MemberSettings settings,
        Instant createdAt) {

    static Member fromRecord(AppUserRecord r) {
        return new Member(
                r.getId(),
                r.getWorkspaceId(),
                r.getEmail(),
                r.getName(),
                Role.valueOf(r.getRole()),
                r.getOwner(),
                UserStatus.valueOf(r.getStatus()),
                new MemberSettings(r.getTrackByDefault(), r.getNotificationsEnabled()),
                r.getCreatedAt());
    }
}
