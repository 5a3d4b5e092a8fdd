package io.sightline.db.base;

import java.util.Optional;
import org.postgresql.util.PSQLException;

/** Reads which constraint PostgreSQL reported as violated, so a race past a pre-check still gets the right answer. */
public final class Constraints {

    private Constraints() {}

    public static Optional<String> violated(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
        }
        return Optional.empty();
    }
}
