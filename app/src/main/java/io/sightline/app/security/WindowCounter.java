package io.sightline.app.security;

import io.sightline.db.ratelimit.RateCounters;
import java.time.Duration;

/**
 * Counts events per key in a fixed window that opens at a key's first event. The counts live in PostgreSQL
 * ({@link RateCounters}), so every app node counts against the same limit, and only hashes of the keys are stored.
 */
final class WindowCounter {

    private final RateCounters counters;
    private final String limit;
    private final Duration window;

    WindowCounter(RateCounters counters, String limit, Duration window) {
        this.counters = counters;
        this.limit = limit;
        this.window = window;
    }

    /** Counts one event and returns the count in the current window, this one included. */
    int increment(String key) {
        return counters.increment(limit, key, window);
    }

    int count(String key) {
        return counters.count(limit, key, window);
    }

    void reset(String key) {
        counters.reset(limit, key);
    }
}
