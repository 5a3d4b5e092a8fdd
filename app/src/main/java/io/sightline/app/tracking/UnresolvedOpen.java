package io.sightline.app.tracking;

import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.OpenSource;
import io.sightline.db.tracking.PixelTarget;
import java.util.UUID;

/**
 * A pixel request answered while its token could not be looked up (PostgreSQL away, token not cached): the token's hash
 * and what the request said, journaled until a replay can find the email and label the open.
 */
public record UnresolvedOpen(UUID id, byte[] tokenHash, OpenClassifier.Observation seen) {

    static OpenRecord resolve(UUID id, PixelTarget target, OpenClassifier.Observation seen, OpenSource source) {
        return new OpenRecord(
                id,
                target.workspaceId(),
                target.trackedEmailId(),
                target.senderId(),
                seen.at(),
                source,
                seen.network(),
                seen.userAgent());
    }
}
