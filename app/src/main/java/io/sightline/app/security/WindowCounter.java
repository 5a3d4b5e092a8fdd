package io.sightline.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.NonNull;

/**
 * Counts events per key in a fixed window that opens at a key's first event. Memory is bounded: a flood of distinct keys
 * evicts the oldest rather than growing without end.
 */
final class WindowCounter {

    private final Cache<String, AtomicInteger> counts;

    WindowCounter(Duration window) {
        this.counts = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfter(new Expiry<String, AtomicInteger>() {
                    @Override
                    public long expireAfterCreate(@NonNull String key, @NonNull AtomicInteger value, long now) {
                        return window.toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(
                            @NonNull String key, @NonNull AtomicInteger value, long now, long remaining) {
                        return remaining;
                    }

                    @Override
                    public long expireAfterRead(
                            @NonNull String key, @NonNull AtomicInteger value, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }

    /** Counts one event and returns the count in the current window, this one included. */
    int increment(String key) {
        return counts.get(key, k -> new AtomicInteger()).incrementAndGet();
    }

    int count(String key) {
        var count = counts.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    void reset(String key) {
        counts.invalidate(key);
    }
}
