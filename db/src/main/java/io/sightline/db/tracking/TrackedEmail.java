package io.sightline.db.tracking;

import io.sightline.db.jooq.tables.records.TrackedEmailRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tracked email as its sender sees it, with the counters kept on its row so lists never aggregate. {@code openCount}
 * counts every view by a person; machine fetches are counted apart and never in it.
 */
public record TrackedEmail(
        UUID id,
        String subject,
        List<String> recipients,
        String messageId,
        boolean test,
        Instant createdAt,
        boolean muted,
        int openCount,
        int machineFetchCount,
        Instant lastOpenedAt,
        OpenSource lastOpenSource) {

    public enum Status {
        OPENED,
        UNOPENED
    }

    public Status status() {
        return openCount > 0 ? Status.OPENED : Status.UNOPENED;
    }

    static TrackedEmail fromRecord(TrackedEmailRecord r) {
        return new TrackedEmail(
                r.getId(),
                r.getSubject(),
                List.of(r.getRecipients()),
                r.getMessageId(),
                r.getTest(),
                r.getCreatedAt(),
                r.getMuted(),
                r.getOpenCount(),
                r.getMachineFetchCount(),
                r.getLastOpenedAt(),
                r.getLastOpenSource() == null ? null : OpenSource.valueOf(r.getLastOpenSource()));
    }
}
