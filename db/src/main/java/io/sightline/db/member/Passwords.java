package io.sightline.db.member;

import java.nio.charset.StandardCharsets;

/** Password rules: at least 12 characters; at most 72 bytes, the most the bcrypt hash takes into account. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private Passwords() {}

    /** The problem with a password in words, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Use at most " + MAX_BYTES + " bytes (about 70 characters).";
        }
        return null;
    }
}
