package io.sightline.db.base;

/** The request is valid but clashes with the current state, e.g. an email that already has an account. */
public final class ConflictException extends ProblemException {

    public ConflictException(String slug, String detail) {
        super(slug, detail);
    }
}
