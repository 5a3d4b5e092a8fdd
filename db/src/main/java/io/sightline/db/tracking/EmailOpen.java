package io.sightline.db.tracking;

import java.time.Instant;

/** One recorded fetch of a tracked email's pixel, with the client's network truncated (/24 or /48). */
public record EmailOpen(Instant openedAt, OpenSource source, String userAgent, String network) {

    public boolean countsAsOpen() {
        return source.countsAsOpen();
    }
}
