package io.sightline.app.notification;

import io.sightline.db.base.Actor;
import io.sightline.db.notification.Delivery;
import io.sightline.db.notification.Notification;
import io.sightline.db.notification.NotificationService;
import io.sightline.ui.base.LiveNotifications;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's subscribers (UI sessions and event streams), by user. A delivery announced by any node is read once here, as
 * its recipient, and only when that recipient has a subscriber on this node; then it goes to each of them.
 */
@Component
class NotificationHub implements LiveNotifications, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationHub.class);

    private record Subscriber(Actor actor, Consumer<Notification> listener) {}

    private record OpenSubscriber(Actor actor, Consumer<UUID> listener) {}

    private final NotificationService notifications;
    private final Map<UUID, Set<Subscriber>> byUser = new ConcurrentHashMap<>();
    private final Map<UUID, Set<OpenSubscriber>> opensByUser = new ConcurrentHashMap<>();
    // One thread, so every subscriber gets its notifications in the order they were committed.
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-fan-out").daemon().factory());

    NotificationHub(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Subscription subscribe(Actor recipient, Consumer<Notification> listener) {
        var subscriber = new Subscriber(recipient, listener);
        byUser.computeIfAbsent(recipient.userId(), id -> ConcurrentHashMap.newKeySet())
                .add(subscriber);
        return () -> byUser.computeIfPresent(recipient.userId(), (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public Subscription subscribeToOpens(Actor sender, Consumer<UUID> emailOpened) {
        var subscriber = new OpenSubscriber(sender, emailOpened);
        opensByUser
                .computeIfAbsent(sender.userId(), id -> ConcurrentHashMap.newKeySet())
                .add(subscriber);
        return () -> opensByUser.computeIfPresent(sender.userId(), (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    int subscribers() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    /** Called on the listener's thread: returns at once, the reading and sending happen elsewhere. */
    void deliver(Delivery delivery) {
        if (delivery.kind() == Delivery.Kind.EMAIL_OPENED) {
            emailOpened(delivery);
            return;
        }
        var theirs = byUser.get(delivery.userId());
        if (theirs == null || theirs.isEmpty()) {
            return;
        }
        fanOut.execute(() -> send(delivery, List.copyOf(theirs)));
    }

    /** Only ids travel: a subscriber reads the email itself, as its sender, before showing anything. */
    private void emailOpened(Delivery delivery) {
        var theirs = opensByUser.get(delivery.userId());
        if (theirs == null || theirs.isEmpty()) {
            return;
        }
        var subscribers = List.copyOf(theirs);
        fanOut.execute(() -> subscribers.stream()
                .filter(s -> s.actor().workspaceId().equals(delivery.workspaceId()))
                .forEach(s -> {
                    try {
                        s.listener().accept(delivery.id());
                    } catch (RuntimeException e) {
                        log.debug("An open subscriber failed: {}", e.getMessage());
                    }
                }));
    }

    private void send(Delivery delivery, List<Subscriber> subscribers) {
        var recipients = subscribers.stream()
                .filter(s -> s.actor().workspaceId().equals(delivery.workspaceId()))
                .toList();
        if (recipients.isEmpty()) {
            return;
        }
        try {
            var notification = notifications.find(recipients.getFirst().actor(), delivery.id());
            notification.ifPresent(n -> recipients.forEach(s -> {
                try {
                    s.listener().accept(n);
                } catch (RuntimeException e) {
                    log.debug("A notification subscriber failed: {}", e.getMessage());
                }
            }));
        } catch (RuntimeException e) {
            log.warn("Could not read notification {} to deliver it", delivery.id(), e);
        }
    }

    @Override
    public void destroy() {
        fanOut.shutdownNow();
    }
}
