package io.sightline.ui.tracking;

import io.sightline.db.tracking.EmailOpen;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws an email's opens over time as a small bar chart in SVG, on the server: views (counted opens) as solid bars, machine
 * fetches stacked on top in a pale colour so the chart shows them without making them look like readers. Buckets grow
 * from a minute to a month so that the life of the email fits in at most {@value #MAX_BARS} bars.
 */
final class OpensChart {

    static final int MAX_BARS = 30;
    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int MAX_BAR_WIDTH = 48;
    private static final int LEFT = 36;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    private static final List<Duration> STEPS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofDays(1),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofDays(365));
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private OpensChart() {}

    /** The chart of {@code opens} between the email's creation and {@code now}. */
    static String svg(List<EmailOpen> opens, Instant createdAt, Instant now, ZoneId zone) {
        var from = opens.stream().map(EmailOpen::openedAt).reduce(createdAt, OpensChart::min);
        var to = opens.stream().map(EmailOpen::openedAt).reduce(now, OpensChart::max);
        var step = step(Duration.between(from, to));
        var start = start(from, step, zone);
        int bars = (int) Math.max(1, Math.floorDiv(to.getEpochSecond() - start.getEpochSecond(), step.toSeconds()) + 1);
        var views = new int[bars];
        var fetches = new int[bars];
        for (var open : opens) {
            int i = (int)
                    Math.min(bars - 1, (open.openedAt().getEpochSecond() - start.getEpochSecond()) / step.toSeconds());
            if (open.countsAsOpen()) {
                views[i]++;
            } else {
                fetches[i]++;
            }
        }
        int highest = 1;
        for (int i = 0; i < bars; i++) {
            highest = Math.max(highest, views[i] + fetches[i]);
        }
        long totalViews = opens.stream().filter(EmailOpen::countsAsOpen).count();
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opens-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape("Opens over time: " + totalViews + " views, " + (opens.size() - totalViews)
                        + " machine fetches"))
                .append("\">");
        axes(svg, highest);
        var format = step.compareTo(Duration.ofDays(1)) < 0 ? HOURS : DAYS;
        double slot = (WIDTH - LEFT - RIGHT) / (double) bars;
        double plot = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i < bars; i++) {
            var bucket = start.plus(step.multipliedBy(i));
            double w = Math.min(slot * 0.7, MAX_BAR_WIDTH);
            double x = LEFT + i * slot + (slot - w) / 2;
            double viewHeight = plot * views[i] / highest;
            double fetchHeight = plot * fetches[i] / highest;
            double base = HEIGHT - BOTTOM;
            var tip = format.format(bucket.atZone(zone)) + ": " + views[i] + (views[i] == 1 ? " view" : " views")
                    + (fetches[i] > 0 ? ", " + fetches[i] + " machine fetch" + (fetches[i] == 1 ? "" : "es") : "");
            if (views[i] > 0) {
                rect(svg, "chart-view", "#2e9d5b", x, base - viewHeight, w, viewHeight, tip);
            }
            if (fetches[i] > 0) {
                rect(svg, "chart-machine", "#c4c9d1", x, base - viewHeight - fetchHeight, w, fetchHeight, tip);
            }
            if (i == 0 || i == bars - 1 || (bars > 4 && i == bars / 2)) {
                label(svg, x + w / 2, HEIGHT - 8, "middle", format.format(bucket.atZone(zone)));
            }
        }
        if (opens.isEmpty()) {
            label(svg, (LEFT + WIDTH - RIGHT) / 2.0, TOP + plot / 2, "middle", "No opens yet");
        }
        return svg.append("</svg>").toString();
    }

    /** Buckets of a day or more begin at local midnight of the first day; shorter ones on round minutes or hours. */
    private static Instant start(Instant from, Duration step, ZoneId zone) {
        if (step.compareTo(Duration.ofDays(1)) >= 0) {
            return from.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        }
        return Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), step.toSeconds()) * step.toSeconds());
    }

    static Duration step(Duration span) {
        for (var step : STEPS) {
            if (span.toSeconds() / step.toSeconds() < MAX_BARS) {
                return step;
            }
        }
        return STEPS.getLast();
    }

    private static void axes(StringBuilder svg, int highest) {
        int base = HEIGHT - BOTTOM;
        svg.append("<line class=\"chart-axis\" stroke=\"#9aa3ad\" x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(base)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y2=\"")
                .append(base)
                .append("\"/>");
        label(svg, LEFT - 6, base, "end", "0");
        label(svg, LEFT - 6, TOP + 8, "end", Integer.toString(highest));
    }

    private static void rect(
            StringBuilder svg, String css, String fill, double x, double y, double w, double h, String tip) {
        svg.append("<rect class=\"")
                .append(css)
                .append("\" fill=\"")
                .append(fill)
                .append("\" x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(w))
                .append("\" height=\"")
                .append(number(h))
                .append("\"><title>")
                .append(escape(tip))
                .append("</title></rect>");
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text class=\"chart-label\" fill=\"#6b7480\" font-size=\"11\" text-anchor=\"")
                .append(anchor)
                .append("\" x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
