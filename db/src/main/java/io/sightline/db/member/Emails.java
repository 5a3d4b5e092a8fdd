package io.sightline.db.member;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as accounts use them: trimmed, lowercase, and plausibly deliverable. */
public final class Emails {

    public static final int MAX = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private Emails() {}

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return email != null
                && email.length() <= MAX
                && PLAUSIBLE.matcher(email.strip()).matches();
    }
}
