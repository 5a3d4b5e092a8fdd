package io.sightline.app.notification;

import io.sightline.db.notification.Notification;
import java.time.Instant;
import java.util.UUID;

/** A notification as API.md has it, with the source also in words. */
record NotificationJson(
        UUID id,
        UUID trackedEmailId,
        String subject,
        String source,
        String sourceLabel,
        Instant openedAt,
        boolean read) {

    static NotificationJson of(Notification n) {
        return new NotificationJson(
                n.id(),
                n.trackedEmailId(),
                n.subject(),
                n.source().name(),
                n.source().label(),
                n.openedAt(),
                n.read());
    }

    /** The data of an {@code email-opened} event: the id travels as the event's own id. */
    record Event(UUID trackedEmailId, String subject, String source, String sourceLabel, Instant openedAt) {

        static Event of(Notification n) {
            return new Event(
                    n.trackedEmailId(),
                    n.subject(),
                    n.source().name(),
                    n.source().label(),
                    n.openedAt());
        }
    }
}
