package io.sightline.app.admin;

import io.sightline.db.audit.AuditEvent;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/audit?cursor=}: the workspace's trail, newest first, in keyset pages. */
@RestController
class AdminAuditController {

    private final AuditService audit;

    AdminAuditController(AuditService audit) {
        this.audit = audit;
    }

    record EventJson(
            Instant at, String actor, String actorType, String action, String target, Map<String, String> details) {

        static EventJson of(AuditEvent e) {
            return new EventJson(e.at(), e.actor(), e.actorKind(), e.action().name(), e.target(), e.details());
        }
    }

    record Page(List<EventJson> items, String nextCursor) {}

    @GetMapping("/api/v1/admin/audit")
    Page audit(Actor actor, @RequestParam(required = false) String cursor) {
        var page = audit.page(actor, cursor);
        return new Page(page.items().stream().map(EventJson::of).toList(), page.nextCursor());
    }
}
