package io.sightline.db.audit;

import io.sightline.db.base.Actor;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.TenantScope;
import io.sightline.db.base.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Other services record into it inside their own transaction (so an event exists exactly when its change
 * does); admins read their workspace's trail.
 */
@Service
public class AuditService {

    public static final int PAGE_SIZE = 50;

    private final AuditRepository events;
    private final TenantScope scope;

    public AuditService(AuditRepository events, TenantScope scope) {
        this.events = events;
        this.scope = scope;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void byUser(Actor actor, AuditAction action, UUID targetId, String target, Map<String, String> details) {
        events.insertByUser(actor.workspaceId(), actor.userId(), action, targetId, target, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void byOperator(
            UUID operatorId,
            UUID workspaceId,
            AuditAction action,
            UUID targetId,
            String target,
            Map<String, String> details) {
        events.insertByOperator(workspaceId, operatorId, action, targetId, target, details);
    }

    /** The API's keyset pages: newest first, {@value #PAGE_SIZE} at a time. */
    @Transactional(readOnly = true)
    public AuditPage page(Actor actor, String cursor) {
        actor.requireAdmin();
        scope.enter(actor);
        var items = events.newest(actor.workspaceId(), parseCursor(cursor), PAGE_SIZE + 1);
        if (items.size() <= PAGE_SIZE) {
            return new AuditPage(items, null);
        }
        var page = items.subList(0, PAGE_SIZE);
        return new AuditPage(List.copyOf(page), Long.toString(page.getLast().id()));
    }

    /** For lazy grids: a filtered slice, paged in SQL. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(Actor actor, AuditFilter filter, int offset, int limit) {
        actor.requireAdmin();
        scope.enter(actor);
        return events.find(actor.workspaceId(), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, AuditFilter filter) {
        actor.requireAdmin();
        scope.enter(actor);
        return events.count(actor.workspaceId(), filter);
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var id = Long.parseLong(cursor.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationException(List.of(new FieldViolation("cursor", "Not a cursor this list gave out.")));
    }
}
