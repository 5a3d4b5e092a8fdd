package io.sightline.db.tracking;

import java.time.Instant;
import java.util.UUID;

/** What the pixel path knows of a tracked email: whose it is and when it was made. No subject, no recipients. */
public record PixelTarget(UUID workspaceId, UUID trackedEmailId, UUID senderId, Instant createdAt) {}
