package io.sightline.db.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * An open on its way to the database. The id is minted when the request arrives, so writing the same record twice
 * (a replayed journal) stores it once.
 */
public record OpenRecord(
        UUID id,
        UUID workspaceId,
        UUID trackedEmailId,
        UUID senderId,
        Instant openedAt,
        OpenSource source,
        String network,
        String userAgent) {}
