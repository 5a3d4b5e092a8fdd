package io.sightline.db.tracking;

/**
 * Which of the sender's tracked emails to list: an optional status filter ("opened", "unopened", "muted") and an optional
 * search of subject and recipients.
 */
public record TrackedEmailQuery(Filter filter, String search) {

    public enum Filter {
        OPENED,
        UNOPENED,
        MUTED
    }

    public static TrackedEmailQuery all() {
        return new TrackedEmailQuery(null, null);
    }
}
