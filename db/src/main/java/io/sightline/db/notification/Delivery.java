package io.sightline.db.notification;

import java.util.UUID;

/**
 * What travels between app nodes once a change is committed: whose it is and an id, never any content. Every node reads
 * the thing itself, as that user, before showing it to anyone. A {@link Kind#NOTIFICATION} names a new notification; an
 * {@link Kind#EMAIL_OPENED} names a tracked email of the user whose views just went up (muted or not), so that a list
 * on screen can show the new count.
 */
public record Delivery(Kind kind, UUID workspaceId, UUID userId, UUID id) {

    public static final String CHANNEL = "sightline_notification";
    private static final String OPENED = "opened";

    public enum Kind {
        NOTIFICATION,
        EMAIL_OPENED
    }

    public static Delivery notification(UUID workspaceId, UUID userId, UUID notificationId) {
        return new Delivery(Kind.NOTIFICATION, workspaceId, userId, notificationId);
    }

    public static Delivery emailOpened(UUID workspaceId, UUID userId, UUID trackedEmailId) {
        return new Delivery(Kind.EMAIL_OPENED, workspaceId, userId, trackedEmailId);
    }

    public String payload() {
        var ids = workspaceId + ":" + userId + ":" + id;
        return kind == Kind.NOTIFICATION ? ids : OPENED + ":" + ids;
    }

    /** The payload back, or null when it is not one of ours. */
    public static Delivery parse(String payload) {
        var parts = payload == null ? new String[0] : payload.split(":");
        var kind = parts.length == 4 && OPENED.equals(parts[0]) ? Kind.EMAIL_OPENED : Kind.NOTIFICATION;
        var first = kind == Kind.EMAIL_OPENED ? 1 : 0;
        if (parts.length != first + 3) {
            return null;
        }
        try {
            return new Delivery(
                    kind,
                    UUID.fromString(parts[first]),
                    UUID.fromString(parts[first + 1]),
                    UUID.fromString(parts[first + 2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
