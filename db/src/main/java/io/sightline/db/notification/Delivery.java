package io.sightline.db.notification;

import java.util.UUID;

/**
 * What travels between app nodes once a notification is committed: whose it is and its id, never its content. Every node
 * reads the notification itself, as its recipient, before showing it to anyone.
 */
public record Delivery(UUID workspaceId, UUID userId, UUID notificationId) {

    public static final String CHANNEL = "sightline_notification";

    public String payload() {
        return workspaceId + ":" + userId + ":" + notificationId;
    }

    /** The payload back, or null when it is not one of ours. */
    public static Delivery parse(String payload) {
        var parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Delivery(UUID.fromString(parts[0]), UUID.fromString(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
