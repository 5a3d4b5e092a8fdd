package io.sightline.db.workspace;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Workspace slugs: 3–40 lowercase letters, digits and dashes, starting and ending with a letter or digit. */
public final class Slugs {

    public static final int MIN = 3;
    public static final int MAX = 40;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

    private Slugs() {}

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /** A valid slug derived from a workspace name: "Ünïcorn & Co." becomes "unicorn-co". */
    public static String suggest(String name) {
        var ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX).replaceAll("-+$", "");
        }
        while (ascii.length() < MIN) {
            ascii = ascii.isEmpty() ? "team" : ascii + "-team";
        }
        return ascii;
    }

    /** The slug with a suffix, still within {@link #MAX}, for when the plain suggestion is taken. */
    public static String withSuffix(String slug, String suffix) {
        var room = MAX - suffix.length() - 1;
        var base = slug.length() > room ? slug.substring(0, room).replaceAll("-+$", "") : slug;
        return base + "-" + suffix;
    }
}
