package io.sightline.db.audit;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.AUDIT_EVENT;
import static io.sightline.db.jooq.Tables.OPERATOR;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** All SQL about the audit trail: append and read, never change. */
@Repository
public class AuditRepository {

    private static final Field<String[]> DETAIL_KEYS = field(
                    "array(select key from jsonb_each_text({0}) order by key)", String[].class, AUDIT_EVENT.DETAILS)
            .as("detail_keys");
    private static final Field<String[]> DETAIL_VALUES = field(
                    "array(select value from jsonb_each_text({0}) order by key)", String[].class, AUDIT_EVENT.DETAILS)
            .as("detail_values");

    private final DSLContext db;

    public AuditRepository(DSLContext db) {
        this.db = db;
    }

    /** Appends an event by a workspace user; their email at this moment becomes the actor label. */
    public void insertByUser(
            UUID workspaceId,
            UUID userId,
            AuditAction action,
            UUID targetId,
            String targetLabel,
            Map<String, String> details) {
        var label = select(APP_USER.EMAIL)
                .from(APP_USER)
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .and(APP_USER.ID.eq(userId));
        insert(workspaceId, "USER", userId, field(label), action, targetId, targetLabel, details);
    }

    /** Appends an event by the acting operator into a workspace's trail. */
    public void insertByOperator(
            UUID workspaceId,
            UUID operatorId,
            AuditAction action,
            UUID targetId,
            String targetLabel,
            Map<String, String> details) {
        var label = select(OPERATOR.EMAIL).from(OPERATOR).where(OPERATOR.ID.eq(operatorId));
        insert(workspaceId, "OPERATOR", operatorId, field(label), action, targetId, targetLabel, details);
    }

    private void insert(
            UUID workspaceId,
            String kind,
            UUID actorId,
            Field<String> actorLabel,
            AuditAction action,
            UUID targetId,
            String targetLabel,
            Map<String, String> details) {
        var keys = details.keySet().toArray(String[]::new);
        var values = details.values().toArray(String[]::new);
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.WORKSPACE_ID, workspaceId)
                .set(AUDIT_EVENT.ACTOR_KIND, kind)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_LABEL, coalesce(actorLabel, val(actorId.toString())))
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.TARGET_ID, targetId)
                .set(AUDIT_EVENT.TARGET_LABEL, targetLabel)
                .set(
                        AUDIT_EVENT.DETAILS,
                        field("jsonb_object({0}::text[], {1}::text[])", JSONB.class, val(keys), val(values)))
                .execute();
    }

    /** Keyset page: the newest events with an id below {@code beforeId} (all when null). */
    public List<AuditEvent> newest(UUID workspaceId, Long beforeId, int limit) {
        return db.select(AUDIT_EVENT.asterisk(), DETAIL_KEYS, DETAIL_VALUES)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.WORKSPACE_ID.eq(workspaceId))
                .and(beforeId == null ? noCondition() : AUDIT_EVENT.ID.lt(beforeId))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(AuditRepository::toEvent);
    }

    public List<AuditEvent> find(UUID workspaceId, AuditFilter filter, int offset, int limit) {
        return db.select(AUDIT_EVENT.asterisk(), DETAIL_KEYS, DETAIL_VALUES)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.WORKSPACE_ID.eq(workspaceId))
                .and(matching(filter))
                .orderBy(AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditRepository::toEvent);
    }

    public int count(UUID workspaceId, AuditFilter filter) {
        return db.fetchCount(
                AUDIT_EVENT, AUDIT_EVENT.WORKSPACE_ID.eq(workspaceId).and(matching(filter)));
    }

    private static Condition matching(AuditFilter filter) {
        var condition = noCondition();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            var pattern = "%"
                    + filter.actor()
                            .strip()
                            .replace("\u0000", "")
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            condition = condition.and(AUDIT_EVENT.ACTOR_LABEL.likeIgnoreCase(pattern, '\\'));
        }
        if (filter.action() != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(filter.action().name()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.AT.ge(filter.from()));
        }
        if (filter.until() != null) {
            condition = condition.and(AUDIT_EVENT.AT.lt(filter.until()));
        }
        return condition;
    }

    private static AuditEvent toEvent(Record r) {
        var keys = r.get(DETAIL_KEYS);
        var values = r.get(DETAIL_VALUES);
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < keys.length; i++) {
            details.put(keys[i], values[i]);
        }
        return new AuditEvent(
                r.get(AUDIT_EVENT.ID),
                r.get(AUDIT_EVENT.AT),
                r.get(AUDIT_EVENT.ACTOR_KIND),
                r.get(AUDIT_EVENT.ACTOR_ID),
                r.get(AUDIT_EVENT.ACTOR_LABEL),
                AuditAction.valueOf(r.get(AUDIT_EVENT.ACTION)),
                r.get(AUDIT_EVENT.TARGET_ID),
                r.get(AUDIT_EVENT.TARGET_LABEL),
                Map.copyOf(details));
    }
}
