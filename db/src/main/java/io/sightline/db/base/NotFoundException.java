package io.sightline.db.base;

/**
 * Nothing the actor may see exists under that id. Also the answer for things that exist but belong to someone else, so
 * that the answer reveals nothing.
 */
public final class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super("not-found", detail);
    }
}
