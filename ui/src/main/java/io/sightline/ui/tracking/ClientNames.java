package io.sightline.ui.tracking;

import java.util.Locale;

/**
 * A user agent shortened to what a sender cares about: the mail client or browser and the system, e.g. "Chrome on
 * Windows" or "Google image proxy". The full string stays available as a tooltip.
 */
final class ClientNames {

    private static final int MAX = 48;

    private ClientNames() {}

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "No user agent";
        }
        var ua = userAgent.strip();
        if (ua.equals("Mozilla/5.0")) {
            return "Unnamed client (bare Mozilla/5.0)";
        }
        if (ua.contains("GoogleImageProxy")) {
            return "Google image proxy";
        }
        var client = client(ua);
        var system = system(ua);
        if (client != null) {
            return system != null ? client + " on " + system : client;
        }
        return ua.length() <= MAX ? ua : ua.substring(0, MAX - 1) + "…";
    }

    private static String client(String ua) {
        var lower = ua.toLowerCase(Locale.ROOT);
        if (lower.contains("outlook") || lower.contains("microsoft office")) {
            return "Outlook";
        }
        if (lower.contains("thunderbird")) {
            return "Thunderbird";
        }
        if (lower.contains("edg/")) {
            return "Edge";
        }
        if (lower.contains("firefox/")) {
            return "Firefox";
        }
        if (lower.contains("chrome/") || lower.contains("chromium/") || lower.contains("crios/")) {
            return "Chrome";
        }
        if (lower.contains("safari/")) {
            return "Safari";
        }
        if (lower.contains("applewebkit")
                && (lower.contains("iphone") || lower.contains("ipad") || lower.contains("mac os x"))) {
            return "Apple Mail";
        }
        return null;
    }

    private static String system(String ua) {
        var lower = ua.toLowerCase(Locale.ROOT);
        if (lower.contains("iphone")) {
            return "iPhone";
        }
        if (lower.contains("ipad")) {
            return "iPad";
        }
        if (lower.contains("android")) {
            return "Android";
        }
        if (lower.contains("windows")) {
            return "Windows";
        }
        if (lower.contains("mac os x") || lower.contains("macintosh")) {
            return "macOS";
        }
        if (lower.contains("cros")) {
            return "ChromeOS";
        }
        if (lower.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
