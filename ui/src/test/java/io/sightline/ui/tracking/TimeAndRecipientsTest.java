package io.sightline.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeAndRecipientsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Test
    void recent_times_read_as_seconds_minutes_or_hours_ago() {
        assertThat(Ago.relative(NOW, NOW, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(Ago.relative(NOW.minusSeconds(1), NOW, ZoneOffset.UTC)).isEqualTo("1 second ago");
        assertThat(Ago.relative(NOW.minusSeconds(2), NOW, ZoneOffset.UTC)).isEqualTo("2 seconds ago");
        assertThat(Ago.relative(NOW.minus(Duration.ofMinutes(5)), NOW, ZoneOffset.UTC))
                .isEqualTo("5 minutes ago");
        assertThat(Ago.relative(NOW.minus(Duration.ofHours(3)), NOW, ZoneOffset.UTC))
                .isEqualTo("3 hours ago");
    }

    @Test
    void older_times_read_as_yesterday_or_a_date() {
        assertThat(Ago.relative(Instant.parse("2026-06-14T09:30:00Z"), NOW, ZoneOffset.UTC))
                .isEqualTo("yesterday 09:30");
        assertThat(Ago.relative(Instant.parse("2026-05-01T08:00:00Z"), NOW, ZoneOffset.UTC))
                .isEqualTo("1 May, 08:00");
        assertThat(Ago.relative(Instant.parse("2025-12-24T08:00:00Z"), NOW, ZoneOffset.UTC))
                .isEqualTo("24 Dec 2025");
    }

    @Test
    void a_time_slightly_in_the_future_reads_as_just_now() {
        assertThat(Ago.relative(NOW.plusSeconds(3), NOW, ZoneOffset.UTC)).isEqualTo("just now");
    }

    @Test
    void recipients_may_be_separated_by_commas_semicolons_spaces_or_new_lines() {
        assertThat(Recipients.parse(" ada@example.com, bob@example.com;\ncy@example.com\n\n  "))
                .containsExactly("ada@example.com", "bob@example.com", "cy@example.com");
        assertThat(Recipients.parse("")).isEmpty();
        assertThat(Recipients.parse(null)).isEmpty();
    }
}
