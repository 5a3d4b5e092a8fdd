package io.sightline.db.notification;

import io.sightline.db.tracking.OpenSource;
import java.time.Instant;
import java.util.UUID;

/** "Someone opened your email": one counted open of one of the recipient's own tracked emails, with its subject. */
public record Notification(
        UUID id,
        UUID workspaceId,
        UUID userId,
        UUID trackedEmailId,
        String subject,
        OpenSource source,
        Instant openedAt,
        Instant createdAt,
        boolean read) {}
