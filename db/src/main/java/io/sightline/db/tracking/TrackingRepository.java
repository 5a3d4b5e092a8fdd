package io.sightline.db.tracking;

import static io.sightline.db.jooq.Tables.EMAIL_OPEN;
import static io.sightline.db.jooq.Tables.MEMBER_NETWORK;
import static io.sightline.db.jooq.Tables.PIXEL_TOKEN;
import static io.sightline.db.jooq.Tables.TRACKED_EMAIL;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import io.sightline.db.base.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * All SQL of a sender's tracked emails. Every statement names the sender and workspace, and row-level security (policy
 * {@code sender_only}) enforces the same again: no one else's rows are ever read.
 */
@Repository
public class TrackingRepository {

    private final DSLContext db;

    public TrackingRepository(DSLContext db) {
        this.db = db;
    }

    public TrackedEmail insert(Actor sender, UUID id, NewTrackedEmail email, byte[] tokenHash) {
        var inserted = db.insertInto(TRACKED_EMAIL)
                .set(TRACKED_EMAIL.WORKSPACE_ID, sender.workspaceId())
                .set(TRACKED_EMAIL.ID, id)
                .set(TRACKED_EMAIL.SENDER_ID, sender.userId())
                .set(TRACKED_EMAIL.SUBJECT, email.subject())
                .set(TRACKED_EMAIL.RECIPIENTS, email.recipients().toArray(String[]::new))
                .set(TRACKED_EMAIL.MESSAGE_ID, email.messageId())
                .set(TRACKED_EMAIL.TEST, email.test())
                .returning()
                .fetchSingle();
        db.insertInto(PIXEL_TOKEN)
                .set(PIXEL_TOKEN.TOKEN_HASH, tokenHash)
                .set(PIXEL_TOKEN.WORKSPACE_ID, sender.workspaceId())
                .set(PIXEL_TOKEN.TRACKED_EMAIL_ID, id)
                .set(PIXEL_TOKEN.SENDER_ID, sender.userId())
                .set(PIXEL_TOKEN.CREATED_AT, inserted.getCreatedAt())
                .execute();
        return TrackedEmail.fromRecord(inserted);
    }

    /** One page, newest first, by keyset on (created_at, id): as fast 100,000 rows deep as on the first page. */
    public List<TrackedEmail> page(Actor sender, TrackedEmailQuery query, Cursor after, int limit) {
        return db.selectFrom(TRACKED_EMAIL)
                .where(ownedBy(sender))
                .and(filter(query))
                .and(
                        after == null
                                ? noCondition()
                                : row(TRACKED_EMAIL.CREATED_AT, TRACKED_EMAIL.ID)
                                        .lt(after.createdAt(), after.id()))
                .orderBy(TRACKED_EMAIL.CREATED_AT.desc(), TRACKED_EMAIL.ID.desc())
                .limit(limit)
                .fetch(TrackedEmail::fromRecord);
    }

    public int count(Actor sender, TrackedEmailQuery query) {
        return db.fetchCount(TRACKED_EMAIL, ownedBy(sender).and(filter(query)));
    }

    public Optional<TrackedEmail> find(Actor sender, UUID id) {
        return db.selectFrom(TRACKED_EMAIL)
                .where(ownedBy(sender))
                .and(TRACKED_EMAIL.ID.eq(id))
                .fetchOptional()
                .map(TrackedEmail::fromRecord);
    }

    public Optional<TrackedEmail> setMuted(Actor sender, UUID id, boolean muted) {
        return db.update(TRACKED_EMAIL)
                .set(TRACKED_EMAIL.MUTED, muted)
                .where(ownedBy(sender))
                .and(TRACKED_EMAIL.ID.eq(id))
                .returning()
                .fetchOptional()
                .map(TrackedEmail::fromRecord);
    }

    public List<EmailOpen> opens(Actor sender, UUID trackedEmailId, int limit) {
        return db.select(EMAIL_OPEN.OPENED_AT, EMAIL_OPEN.SOURCE, EMAIL_OPEN.USER_AGENT, EMAIL_OPEN.CLIENT_NETWORK)
                .from(EMAIL_OPEN)
                .where(EMAIL_OPEN.WORKSPACE_ID.eq(sender.workspaceId()))
                .and(EMAIL_OPEN.SENDER_ID.eq(sender.userId()))
                .and(EMAIL_OPEN.TRACKED_EMAIL_ID.eq(trackedEmailId))
                .orderBy(EMAIL_OPEN.OPENED_AT.desc())
                .limit(limit)
                .fetch(r -> new EmailOpen(r.value1(), OpenSource.valueOf(r.value2()), r.value3(), r.value4()));
    }

    /** Remembers that a member used Sightline from this (already truncated) network. */
    public void touchNetwork(Actor member, String network, Instant at) {
        db.insertInto(MEMBER_NETWORK)
                .set(MEMBER_NETWORK.WORKSPACE_ID, member.workspaceId())
                .set(MEMBER_NETWORK.NETWORK, network)
                .set(MEMBER_NETWORK.LAST_SEEN_AT, at)
                .onConflict(MEMBER_NETWORK.WORKSPACE_ID, MEMBER_NETWORK.NETWORK)
                .doUpdate()
                .set(MEMBER_NETWORK.LAST_SEEN_AT, at)
                .execute();
    }

    private static Condition ownedBy(Actor sender) {
        return TRACKED_EMAIL.WORKSPACE_ID.eq(sender.workspaceId()).and(TRACKED_EMAIL.SENDER_ID.eq(sender.userId()));
    }

    private static Condition filter(TrackedEmailQuery query) {
        var condition = noCondition();
        if (query.filter() != null) {
            condition = switch (query.filter()) {
                case OPENED -> TRACKED_EMAIL.OPEN_COUNT.gt(0);
                case UNOPENED -> TRACKED_EMAIL.OPEN_COUNT.eq(0);
                case MUTED -> TRACKED_EMAIL.MUTED.isTrue();
            };
        }
        if (query.search() != null && !query.search().isBlank()) {
            condition = condition.and(
                    TRACKED_EMAIL.SEARCH_TEXT.contains(query.search().strip().toLowerCase()));
        }
        return condition;
    }
}
