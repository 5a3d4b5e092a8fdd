package io.sightline.app.notification;

import io.sightline.db.base.Actor;
import io.sightline.db.notification.NotificationService;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's own notifications (API.md, "Signed-in user"): a keyset-paged list and a live event stream. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final NotificationStreams streams;

    NotificationController(NotificationService notifications, NotificationStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    record ListJson(List<NotificationJson> items, String nextCursor) {}

    @GetMapping
    ListJson list(Actor actor, @RequestParam(required = false) String cursor) {
        var page = notifications.list(actor, cursor);
        return new ListJson(page.items().stream().map(NotificationJson::of).toList(), page.nextCursor());
    }

    /** {@code email-opened} events; a client that reconnects sends {@code Last-Event-ID} and first gets what it missed. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Actor actor, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return streams.open(actor, lastEventId);
    }
}
