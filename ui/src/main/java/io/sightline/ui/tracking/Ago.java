package io.sightline.ui.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people say them: "2 seconds ago", "5 minutes ago", "yesterday 14:05", and an absolute form for tooltips. */
final class Ago {

    private static final DateTimeFormatter ABSOLUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Ago() {}

    static String relative(Instant then, Instant now, ZoneId zone) {
        var elapsed = Duration.between(then, now);
        if (elapsed.isNegative() || elapsed.toSeconds() < 1) {
            return "just now";
        }
        if (elapsed.toMinutes() < 1) {
            return plural(elapsed.toSeconds(), "second") + " ago";
        }
        if (elapsed.toHours() < 1) {
            return plural(elapsed.toMinutes(), "minute") + " ago";
        }
        if (elapsed.toDays() < 1) {
            return plural(elapsed.toHours(), "hour") + " ago";
        }
        var day = then.atZone(zone).toLocalDate();
        var today = now.atZone(zone).toLocalDate();
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(then.atZone(zone));
        }
        if (day.getYear() == today.getYear()) {
            return SHORT.format(then.atZone(zone));
        }
        return DATE.format(then.atZone(zone));
    }

    static String absolute(Instant then, ZoneId zone) {
        return ABSOLUTE.format(then.atZone(zone));
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
