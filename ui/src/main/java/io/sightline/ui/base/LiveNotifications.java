package io.sightline.ui.base;

import io.sightline.db.base.Actor;
import io.sightline.db.notification.Notification;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Notifications as they happen, on whichever app node recorded the open. A subscriber hears of its own user's
 * notifications only, on a thread of the feed's own: UI code must hand them to its UI with {@code UI.access}.
 */
public interface LiveNotifications {

    Subscription subscribe(Actor recipient, Consumer<Notification> listener);

    /**
     * Hears the id of each of the sender's tracked emails whose views just went up, whether or not the open made a
     * notification (muted emails, notifications switched off): for lists on screen to show the new count.
     */
    Subscription subscribeToOpens(Actor sender, Consumer<UUID> emailOpened);

    /** Ends a subscription; closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
