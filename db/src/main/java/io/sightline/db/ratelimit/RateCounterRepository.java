package io.sightline.db.ratelimit;

import static io.sightline.db.jooq.Tables.RATE_COUNTER;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Repository;

/** All SQL about rate counters: one row per hashed key, counting events in a window that opens at the first one. */
@Repository
public class RateCounterRepository {

    private final DSLContext db;

    public RateCounterRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Counts one event and returns the count in the key's current window, this one included; a window that has passed
     * starts again at this event. One statement, so concurrent events on any node are all counted.
     */
    public int increment(byte[] keyHash, Duration window) {
        var expired = RATE_COUNTER.WINDOW_START.le(currentInstant().minus(DayToSecond.valueOf(window)));
        return db.insertInto(RATE_COUNTER)
                .set(RATE_COUNTER.KEY_HASH, keyHash)
                .set(RATE_COUNTER.WINDOW_START, currentInstant())
                .set(RATE_COUNTER.EVENTS, inline(1))
                .onConflict(RATE_COUNTER.KEY_HASH)
                .doUpdate()
                .set(RATE_COUNTER.EVENTS, when(expired, inline(1)).otherwise(RATE_COUNTER.EVENTS.plus(inline(1))))
                .set(RATE_COUNTER.WINDOW_START, when(expired, currentInstant()).otherwise(RATE_COUNTER.WINDOW_START))
                .returning(RATE_COUNTER.EVENTS)
                .fetchSingle(RATE_COUNTER.EVENTS);
    }

    public int count(byte[] keyHash, Duration window) {
        return db.select(RATE_COUNTER.EVENTS)
                .from(RATE_COUNTER)
                .where(RATE_COUNTER.KEY_HASH.eq(keyHash))
                .and(RATE_COUNTER.WINDOW_START.gt(currentInstant().minus(DayToSecond.valueOf(window))))
                .fetchOptional(RATE_COUNTER.EVENTS)
                .orElse(0);
    }

    public void reset(byte[] keyHash) {
        db.deleteFrom(RATE_COUNTER).where(RATE_COUNTER.KEY_HASH.eq(keyHash)).execute();
    }

    /** Removes the rows whose window opened before {@code before}; returns how many. */
    public int removeOpenedBefore(Instant before) {
        return db.deleteFrom(RATE_COUNTER)
                .where(RATE_COUNTER.WINDOW_START.lt(before))
                .execute();
    }
}
