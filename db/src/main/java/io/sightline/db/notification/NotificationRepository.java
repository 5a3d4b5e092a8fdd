package io.sightline.db.notification;

import static io.sightline.db.jooq.Tables.NOTIFICATION;
import static io.sightline.db.jooq.Tables.TRACKED_EMAIL;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.sightline.db.base.Actor;
import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.OpenSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.springframework.stereotype.Repository;

/**
 * All SQL of notifications. Every statement names the recipient and workspace, and row-level security (policy
 * {@code recipient_only}) enforces the same again.
 */
@Repository
public class NotificationRepository {

    private final DSLContext db;

    public NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the notification of an open unless that open already has one; returns the new id, if any. */
    public Optional<UUID> insert(Actor recipient, OpenRecord open) {
        return db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.WORKSPACE_ID, recipient.workspaceId())
                .set(NOTIFICATION.ID, UUID.randomUUID())
                .set(NOTIFICATION.USER_ID, recipient.userId())
                .set(NOTIFICATION.TRACKED_EMAIL_ID, open.trackedEmailId())
                .set(NOTIFICATION.OPEN_ID, open.id())
                .set(NOTIFICATION.SOURCE, open.source().name())
                .set(NOTIFICATION.OPENED_AT, open.openedAt())
                .onConflict(NOTIFICATION.WORKSPACE_ID, NOTIFICATION.OPEN_ID)
                .doNothing()
                .returning(NOTIFICATION.ID)
                .fetchOptional(NOTIFICATION.ID);
    }

    /** Tells every app node, once this transaction commits, that the notification exists. */
    public void announce(Delivery delivery) {
        db.select(field("pg_notify({0}, {1})", val(Delivery.CHANNEL), val(delivery.payload())))
                .fetch();
    }

    /** The recipient's notifications with their emails' subjects, to narrow down further. */
    private SelectConditionStep<Record> mine(Actor recipient) {
        return db.select(columns())
                .from(NOTIFICATION)
                .join(TRACKED_EMAIL)
                .on(TRACKED_EMAIL.WORKSPACE_ID.eq(NOTIFICATION.WORKSPACE_ID))
                .and(TRACKED_EMAIL.ID.eq(NOTIFICATION.TRACKED_EMAIL_ID))
                .where(ownedBy(recipient));
    }

    /** Newest first, by keyset on (created_at, id), after the given notification when there is one. */
    public List<Notification> page(Actor recipient, UUID before, int limit) {
        return mine(recipient)
                .and(before == null ? noCondition() : position().lt(positionOf(recipient, before)))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(NotificationRepository::toNotification);
    }

    /** Oldest first: what came after the given notification, for a stream that reconnects. */
    public List<Notification> after(Actor recipient, UUID after, int limit) {
        return mine(recipient)
                .and(position().gt(positionOf(recipient, after)))
                .orderBy(NOTIFICATION.CREATED_AT.asc(), NOTIFICATION.ID.asc())
                .limit(limit)
                .fetch(NotificationRepository::toNotification);
    }

    public Optional<Notification> find(Actor recipient, UUID id) {
        return mine(recipient).and(NOTIFICATION.ID.eq(id)).fetchOptional(NotificationRepository::toNotification);
    }

    public int unreadCount(Actor recipient) {
        return db.fetchCount(NOTIFICATION, ownedBy(recipient).and(NOTIFICATION.READ_AT.isNull()));
    }

    public int markAllRead(Actor recipient, Instant at) {
        return db.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, at)
                .where(ownedBy(recipient))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    private static org.jooq.SelectField<?>[] columns() {
        return new org.jooq.SelectField<?>[] {
            NOTIFICATION.ID,
            NOTIFICATION.WORKSPACE_ID,
            NOTIFICATION.USER_ID,
            NOTIFICATION.TRACKED_EMAIL_ID,
            TRACKED_EMAIL.SUBJECT,
            NOTIFICATION.SOURCE,
            NOTIFICATION.OPENED_AT,
            NOTIFICATION.CREATED_AT,
            NOTIFICATION.READ_AT
        };
    }

    private static org.jooq.Row2<Instant, UUID> position() {
        return row(NOTIFICATION.CREATED_AT, NOTIFICATION.ID);
    }

    /** The (created_at, id) of one of the recipient's notifications; an unknown id (or anyone else's) matches nothing. */
    private static org.jooq.Select<? extends org.jooq.Record2<Instant, UUID>> positionOf(Actor recipient, UUID id) {
        var n = NOTIFICATION.as("anchor");
        return select(n.CREATED_AT, n.ID)
                .from(n)
                .where(n.WORKSPACE_ID.eq(recipient.workspaceId()))
                .and(n.USER_ID.eq(recipient.userId()))
                .and(n.ID.eq(id));
    }

    private static Condition ownedBy(Actor recipient) {
        return NOTIFICATION.WORKSPACE_ID.eq(recipient.workspaceId()).and(NOTIFICATION.USER_ID.eq(recipient.userId()));
    }

    private static Notification toNotification(Record r) {
        return new Notification(
                r.get(NOTIFICATION.ID),
                r.get(NOTIFICATION.WORKSPACE_ID),
                r.get(NOTIFICATION.USER_ID),
                r.get(NOTIFICATION.TRACKED_EMAIL_ID),
                r.get(TRACKED_EMAIL.SUBJECT),
                OpenSource.valueOf(r.get(NOTIFICATION.SOURCE)),
                r.get(NOTIFICATION.OPENED_AT),
                r.get(NOTIFICATION.CREATED_AT),
                r.get(NOTIFICATION.READ_AT) != null);
    }
}
