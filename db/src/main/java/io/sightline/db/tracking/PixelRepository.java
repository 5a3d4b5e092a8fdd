package io.sightline.db.tracking;

import static io.sightline.db.jooq.Tables.MEMBER_NETWORK;
import static io.sightline.db.jooq.Tables.PIXEL_TOKEN;
import static io.sightline.db.jooq.Tables.WORKSPACE;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The pixel path's SQL, run as the minimal {@code sightline_pixel} role: look a token up, read an entitlement and a
 * workspace's networks, and record batches of opens.
 */
@Repository
public class PixelRepository {

    /**
     * One statement records a batch: insert the opens (a replayed id inserts nothing), add the new ones to their emails'
     * counters, and return the ids that were new. Atomic and idempotent.
     */
    private static final String RECORD = """
            WITH batch AS (
                SELECT * FROM unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
                    AS b(id, workspace_id, tracked_email_id, sender_id, opened_at, source, counts_as_open,
                         client_network, user_agent)
            ), inserted AS (
                INSERT INTO email_open (id, workspace_id, tracked_email_id, sender_id, opened_at, source,
                                        counts_as_open, client_network, user_agent)
                SELECT id, workspace_id, tracked_email_id, sender_id, opened_at, source, counts_as_open,
                       client_network, user_agent
                FROM batch
                ON CONFLICT DO NOTHING
                RETURNING id, workspace_id, tracked_email_id, opened_at, source, counts_as_open
            ), totals AS (
                SELECT workspace_id, tracked_email_id,
                       count(*) FILTER (WHERE counts_as_open) AS opens,
                       count(*) FILTER (WHERE NOT counts_as_open) AS machine_fetches,
                       max(opened_at) FILTER (WHERE counts_as_open) AS last_opened_at,
                       (array_agg(source ORDER BY opened_at DESC) FILTER (WHERE counts_as_open))[1] AS last_source
                FROM inserted
                GROUP BY workspace_id, tracked_email_id
            ), counted AS (
                UPDATE tracked_email t
                SET open_count = t.open_count + totals.opens,
                    machine_fetch_count = t.machine_fetch_count + totals.machine_fetches,
                    last_open_source = CASE
                        WHEN totals.last_opened_at IS NOT NULL
                             AND totals.last_opened_at >= coalesce(t.last_opened_at, '-infinity'::timestamptz)
                        THEN totals.last_source ELSE t.last_open_source END,
                    last_opened_at = greatest(t.last_opened_at, totals.last_opened_at)
                FROM totals
                WHERE t.workspace_id = totals.workspace_id AND t.id = totals.tracked_email_id
                RETURNING t.id
            )
            SELECT id FROM inserted
            """;

    private final DSLContext db;

    public PixelRepository(PixelDatabase database) {
        this.db = database.dsl();
    }

    public Optional<PixelTarget> findByTokenHash(byte[] hash) {
        return db.select(
                        PIXEL_TOKEN.WORKSPACE_ID,
                        PIXEL_TOKEN.TRACKED_EMAIL_ID,
                        PIXEL_TOKEN.SENDER_ID,
                        PIXEL_TOKEN.CREATED_AT)
                .from(PIXEL_TOKEN)
                .where(PIXEL_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(r -> new PixelTarget(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Whether the workspace records opens now: a plan with tracking, not suspended. */
    public boolean recordsOpens(UUID workspaceId) {
        return db.fetchExists(db.selectOne()
                .from(WORKSPACE)
                .where(WORKSPACE.ID.eq(workspaceId))
                .and(WORKSPACE.PLAN.in("PROFESSIONAL", "BUSINESS"))
                .and(WORKSPACE.STATUS.eq("ACTIVE")));
    }

    public Set<String> networksSeenSince(UUID workspaceId, Instant since) {
        return new HashSet<>(db.select(MEMBER_NETWORK.NETWORK)
                .from(MEMBER_NETWORK)
                .where(MEMBER_NETWORK.WORKSPACE_ID.eq(workspaceId))
                .and(MEMBER_NETWORK.LAST_SEEN_AT.ge(since))
                .fetch(MEMBER_NETWORK.NETWORK));
    }

    /** Records the batch atomically; returns the ids stored now (not those already stored before). */
    public Set<UUID> record(List<OpenRecord> opens) {
        var n = opens.size();
        var ids = new UUID[n];
        var workspaces = new UUID[n];
        var emails = new UUID[n];
        var senders = new UUID[n];
        var times = new Instant[n];
        var sources = new String[n];
        var counts = new Boolean[n];
        var networks = new String[n];
        var agents = new String[n];
        for (int i = 0; i < n; i++) {
            var open = opens.get(i);
            ids[i] = open.id();
            workspaces[i] = open.workspaceId();
            emails[i] = open.trackedEmailId();
            senders[i] = open.senderId();
            times[i] = open.openedAt();
            sources[i] = open.source().name();
            counts[i] = open.source().countsAsOpen();
            networks[i] = open.network();
            agents[i] = open.userAgent();
        }
        // One statement, so one transaction on an auto-commit connection: a single round trip to PostgreSQL.
        return new HashSet<>(db.resultQuery(
                        RECORD,
                        val(ids, SQLDataType.UUID.array()),
                        val(workspaces, SQLDataType.UUID.array()),
                        val(emails, SQLDataType.UUID.array()),
                        val(senders, SQLDataType.UUID.array()),
                        val(times, SQLDataType.INSTANT.array()),
                        val(sources, SQLDataType.VARCHAR.array()),
                        val(counts, SQLDataType.BOOLEAN.array()),
                        val(networks, SQLDataType.VARCHAR.array()),
                        val(agents, SQLDataType.VARCHAR.array()))
                .fetch(r -> r.get(0, UUID.class)));
    }
}
