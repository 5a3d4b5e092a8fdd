package io.sightline.app.base;

import io.sightline.db.base.Violations;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reads named values of request bodies (roles, plans, statuses, ids), noting what is wrong instead of failing. */
public final class Params {

    private Params() {}

    /** The constant named {@code value} (case as the API writes it, upper); null when absent; a violation when unknown. */
    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field, Violations violations) {
        if (value == null) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        violations.check(false, field, "Use one of " + names(type) + ".");
        return null;
    }

    public static UUID id(String value, String field, Violations violations) {
        try {
            if (value != null) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // noted below
        }
        violations.check(false, field, "Give the id of a user of your workspace.");
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return String.join(", ", names).toUpperCase(Locale.ROOT);
    }
}
