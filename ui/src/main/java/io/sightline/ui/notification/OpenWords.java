package io.sightline.ui.notification;

import io.sightline.db.notification.Notification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How an open reads in the UI: who opened it, in words, and when. */
final class OpenWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private OpenWords() {}

    static String who(Notification n) {
        return switch (n.source()) {
            case RECIPIENT -> "A recipient";
            case GMAIL_PROXY -> "A Gmail reader";
            case YOU_OR_SOMEONE_NEARBY -> "You (or someone nearby)";
            default -> n.source().label();
        };
    }

    static String opened(Notification n) {
        return who(n) + " opened";
    }

    static String when(Instant at, ZoneId zone, Locale locale) {
        var local = at.atZone(zone);
        var today = Instant.now().atZone(zone).toLocalDate();
        var format = local.toLocalDate().equals(today) ? TIME : DATE_TIME;
        return format.withLocale(locale).format(local);
    }

    static String link(Notification n) {
        return "tracked-emails?email=" + n.trackedEmailId();
    }
}
