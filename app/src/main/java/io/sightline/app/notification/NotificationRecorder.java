package io.sightline.app.notification;

import io.sightline.app.tracking.OpensRecorded;
import io.sightline.db.notification.NotificationService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes notifications of freshly recorded opens, on a thread of its own so the pixel writer never waits for it. The rows
 * are written as the app role acting for each sender, who alone may read an email's subject, mute state and settings.
 */
@Component
class NotificationRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

    private final NotificationService notifications;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-recorder").daemon().factory());

    NotificationRecorder(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(OpensRecorded event) {
        if (event.opens().stream().noneMatch(open -> open.source().countsAsOpen())) {
            return;
        }
        worker.execute(() -> {
            try {
                notifications.notifyOpens(event.opens());
            } catch (RuntimeException e) {
                // Usually the database is away: the opens themselves are safe, only their pop-ups are lost.
                log.warn(
                        "Could not make notifications of {} opens: {}",
                        event.opens().size(),
                        e.getMessage());
                log.debug("Notification failure", e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
