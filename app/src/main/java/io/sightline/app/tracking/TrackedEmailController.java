package io.sightline.app.tracking;

import io.sightline.db.base.Actor;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.ValidationException;
import io.sightline.db.tracking.EmailOpen;
import io.sightline.db.tracking.NewTrackedEmail;
import io.sightline.db.tracking.TrackedEmail;
import io.sightline.db.tracking.TrackedEmailQuery;
import io.sightline.db.tracking.TrackingService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own tracked emails (API.md, "Signed-in user"). Anyone else's are 404, admins' requests included. */
@RestController
@RequestMapping("/api/v1/tracked-emails")
class TrackedEmailController {

    private final TrackingService tracking;
    private final PixelSnippets snippets;

    TrackedEmailController(TrackingService tracking, PixelSnippets snippets) {
        this.tracking = tracking;
        this.snippets = snippets;
    }

    record CreateRequest(String subject, List<String> recipients, String messageId) {}

    record Created(
            UUID id, String subject, List<String> recipients, Instant createdAt, String pixelUrl, String pixelHtml) {}

    record TrackedEmailJson(
            UUID id,
            String subject,
            List<String> recipients,
            Instant createdAt,
            String status,
            boolean muted,
            int openCount,
            Instant lastOpenedAt,
            String lastOpenSource,
            int machineFetchCount,
            String messageId) {

        static TrackedEmailJson of(TrackedEmail e) {
            return new TrackedEmailJson(
                    e.id(),
                    e.subject(),
                    e.recipients(),
                    e.createdAt(),
                    e.status().name(),
                    e.muted(),
                    e.openCount(),
                    e.lastOpenedAt(),
                    e.lastOpenSource() == null ? null : e.lastOpenSource().name(),
                    e.machineFetchCount(),
                    e.messageId());
        }
    }

    record ListJson(List<TrackedEmailJson> items, String nextCursor) {}

    record OpenJson(Instant openedAt, String source, boolean countsAsOpen, String userAgent, String network) {

        static OpenJson of(EmailOpen o) {
            return new OpenJson(o.openedAt(), o.source().name(), o.countsAsOpen(), o.userAgent(), o.network());
        }
    }

    record OpensJson(List<OpenJson> items) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(Actor actor, @RequestBody CreateRequest request) {
        var created = tracking.create(
                actor, new NewTrackedEmail(request.subject(), request.recipients(), request.messageId(), false));
        var email = created.email();
        return new Created(
                email.id(),
                email.subject(),
                email.recipients(),
                email.createdAt(),
                snippets.url(created.token()),
                snippets.html(created.token()));
    }

    @GetMapping
    ListJson list(
            Actor actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "25") int limit,
            @RequestParam(required = false) String cursor) {
        var page = tracking.list(actor, new TrackedEmailQuery(filter(status), q), limit, cursor);
        return new ListJson(page.items().stream().map(TrackedEmailJson::of).toList(), page.nextCursor());
    }

    @GetMapping("/{id}")
    TrackedEmailJson get(Actor actor, @PathVariable UUID id) {
        return TrackedEmailJson.of(tracking.get(actor, id));
    }

    @GetMapping("/{id}/opens")
    OpensJson opens(Actor actor, @PathVariable UUID id) {
        return new OpensJson(
                tracking.opens(actor, id).stream().map(OpenJson::of).toList());
    }

    @PutMapping("/{id}/mute")
    TrackedEmailJson mute(Actor actor, @PathVariable UUID id) {
        return TrackedEmailJson.of(tracking.setMuted(actor, id, true));
    }

    @DeleteMapping("/{id}/mute")
    TrackedEmailJson unmute(Actor actor, @PathVariable UUID id) {
        return TrackedEmailJson.of(tracking.setMuted(actor, id, false));
    }

    private static TrackedEmailQuery.Filter filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TrackedEmailQuery.Filter.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new FieldViolation("status", "Use one of opened, unopened, muted.")));
        }
    }
}
