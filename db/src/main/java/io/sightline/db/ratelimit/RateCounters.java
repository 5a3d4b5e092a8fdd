package io.sightline.db.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Event counters for rate limits, kept in PostgreSQL so that every app node counts against the same limit. A counter is
 * named by its limit and the thing it counts (an email, a client address); only the SHA-256 of the two is stored.
 */
@Service
public class RateCounters {

    private final RateCounterRepository counters;

    public RateCounters(RateCounterRepository counters) {
        this.counters = counters;
    }

    /** Counts one event and returns the count in the current window, this one included. */
    public int increment(String limit, String key, Duration window) {
        return counters.increment(hash(limit, key), window);
    }

    public int count(String limit, String key, Duration window) {
        return counters.count(hash(limit, key), window);
    }

    public void reset(String limit, String key) {
        counters.reset(hash(limit, key));
    }

    /** Forgets counters whose window opened longer ago than {@code longestWindow}: they count as zero anyway. */
    public int removeExpired(Duration longestWindow) {
        return counters.removeOpenedBefore(Instant.now().minus(longestWindow));
    }

    static byte[] hash(String limit, String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(limit.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
