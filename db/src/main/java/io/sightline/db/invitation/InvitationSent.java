package io.sightline.db.invitation;

import io.sightline.db.base.Role;
import java.time.Instant;

/** Published inside the inviting transaction; the mailer sends the link once it is committed. */
public record InvitationSent(
        String email, Role role, String token, Instant expiresAt, String workspaceName, String invitedBy) {}
