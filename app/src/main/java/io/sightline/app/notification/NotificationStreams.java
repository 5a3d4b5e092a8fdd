package io.sightline.app.notification;

import io.sightline.db.base.Actor;
import io.sightline.db.notification.Notification;
import io.sightline.db.notification.NotificationService;
import io.sightline.ui.base.LiveNotifications;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code text/event-stream}s of this node: each subscribes to its user's notifications, first replays what the
 * client missed since its {@code Last-Event-ID}, and gets a comment line every heartbeat so proxies keep it open.
 */
@Component
class NotificationStreams implements SmartLifecycle {

    static final String EVENT = "email-opened";

    private final LiveNotifications feed;
    private final NotificationService notifications;
    private final NotificationProperties properties;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("notification-heartbeat").daemon().factory());

    NotificationStreams(LiveNotifications feed, NotificationService notifications, NotificationProperties properties) {
        this.feed = feed;
        this.notifications = notifications;
        this.properties = properties;
        var every = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    SseEmitter open(Actor actor, String lastEventId) {
        var stream = new Stream(new SseEmitter(properties.streamTimeout().toMillis()));
        stream.emitter.onCompletion(() -> stream.close());
        stream.emitter.onTimeout(() -> stream.close());
        stream.emitter.onError(e -> stream.close());
        // Subscribe before replaying, so nothing falls between the two; the stream drops what it has already sent.
        stream.subscription = feed.subscribe(actor, stream::send);
        open.add(stream);
        stream.comment("connected");
        if (lastEventId != null && !lastEventId.isBlank()) {
            notifications.after(actor, lastEventId).forEach(stream::send);
        }
        return stream.emitter;
    }

    int openStreams() {
        return open.size();
    }

    private void beat() {
        open.forEach(stream -> stream.comment("heartbeat"));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends the streams before the web server's graceful shutdown, which would otherwise wait for them in vain. */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        open.forEach(stream -> stream.emitter.complete());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private final class Stream {

        private static final int REMEMBERED = 1_000;

        private final SseEmitter emitter;
        private volatile LiveNotifications.Subscription subscription;

        /** Ids sent lately, so a notification that arrives live while it is also being replayed goes out once. */
        private final Set<UUID> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        });

        Stream(SseEmitter emitter) {
            this.emitter = emitter;
        }

        synchronized void send(Notification n) {
            if (!sent.add(n.id())) {
                return;
            }
            try {
                emitter.send(SseEmitter.event()
                        .name(EVENT)
                        .id(n.id().toString())
                        .data(NotificationJson.Event.of(n), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                close();
            }
        }

        synchronized void comment(String text) {
            try {
                emitter.send(SseEmitter.event().comment(text));
            } catch (IOException | IllegalStateException e) {
                close();
            }
        }

        void close() {
            open.remove(this);
            var s = subscription;
            if (s != null) {
                s.close();
            }
        }
    }
}
