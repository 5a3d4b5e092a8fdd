package io.sightline.db.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.db.TestDatabase;
import java.time.Duration;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rate counters on a real PostgreSQL, as the app role: windows, resets, clean-up, and nothing readable stored. */
class RateCountersIT {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @BeforeAll
    static void database() throws Exception {
        TestDatabase.get();
    }

    @Test
    void counts_within_the_window_and_starts_again_after_it() throws Exception {
        try (var connection = TestDatabase.app()) {
            var counters = new RateCounters(new RateCounterRepository(DSL.using(connection, SQLDialect.POSTGRES)));
            var email = "someone-" + UUID.randomUUID() + "@example.com";

            assertThat(counters.count("failures", email, WINDOW)).isZero();
            assertThat(counters.increment("failures", email, WINDOW)).isEqualTo(1);
            assertThat(counters.increment("failures", email, WINDOW)).isEqualTo(2);
            assertThat(counters.increment("failures", email, WINDOW)).isEqualTo(3);
            assertThat(counters.count("failures", email, WINDOW)).isEqualTo(3);
            assertThat(counters.count("other-limit", email, WINDOW))
                    .as("each limit counts apart")
                    .isZero();

            age(email, Duration.ofMinutes(16));
            assertThat(counters.count("failures", email, WINDOW))
                    .as("a passed window counts as zero")
                    .isZero();
            assertThat(counters.increment("failures", email, WINDOW))
                    .as("and the next event opens a new one")
                    .isEqualTo(1);

            counters.reset("failures", email);
            assertThat(counters.count("failures", email, WINDOW)).isZero();
        }
    }

    @Test
    void stores_only_a_hash_and_forgets_expired_counters() throws Exception {
        try (var connection = TestDatabase.app()) {
            var counters = new RateCounters(new RateCounterRepository(DSL.using(connection, SQLDialect.POSTGRES)));
            var address = "198.51.100." + (1 + (int) (Math.random() * 250));
            var stale = "stale-" + UUID.randomUUID();
            counters.increment("sign-ups", address, WINDOW);
            counters.increment("sign-ups", stale, WINDOW);
            age(stale, Duration.ofHours(2));

            try (var owner = TestDatabase.owner();
                    var readable = owner.prepareStatement(
                            "SELECT count(*) FROM rate_counter WHERE position(convert_to(?, 'UTF8') IN key_hash) > 0")) {
                readable.setString(1, address);
                try (var result = readable.executeQuery()) {
                    result.next();
                    assertThat(result.getLong(1))
                            .as("the address is not in the table")
                            .isZero();
                }
            }
            counters.removeExpired(Duration.ofHours(1));
            assertThat(counters.count("sign-ups", address, WINDOW)).isEqualTo(1);
            try (var owner = TestDatabase.owner();
                    var left = owner.prepareStatement("SELECT count(*) FROM rate_counter WHERE key_hash = ?")) {
                left.setBytes(1, RateCounters.hash("sign-ups", stale));
                try (var result = left.executeQuery()) {
                    result.next();
                    assertThat(result.getLong(1))
                            .as("the expired counter is gone")
                            .isZero();
                }
            }
        }
    }

    /** Moves the window of every limit's counter for this key back by {@code by}. */
    private static void age(String key, Duration by) throws Exception {
        try (var owner = TestDatabase.owner();
                var statement = owner.prepareStatement(
                        "UPDATE rate_counter SET window_start = window_start - ?::interval WHERE key_hash IN (?, ?)")) {
            statement.setString(1, by.toSeconds() + " seconds");
            statement.setBytes(2, RateCounters.hash("failures", key));
            statement.setBytes(3, RateCounters.hash("sign-ups", key));
            statement.executeUpdate();
        }
    }
}
