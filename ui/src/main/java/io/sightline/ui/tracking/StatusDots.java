package io.sightline.ui.tracking;

import io.sightline.db.tracking.TrackedEmail;

/** The colour of an email's dot: gray when muted (whatever its opens), green once opened, blue until then. */
final class StatusDots {

    private StatusDots() {}

    static String status(TrackedEmail email) {
        if (email.muted()) {
            return "muted";
        }
        return email.status() == TrackedEmail.Status.OPENED ? "opened" : "unopened";
    }

    static String describe(TrackedEmail email) {
        return switch (status(email)) {
            case "muted" -> "Muted: no notifications; views are still counted";
            case "opened" -> "Opened";
            default -> "Not opened yet";
        };
    }
}
