package io.sightline.db.base;

/** The actor may not do this (e.g. a member on an admin action, or tracking on a plan without it). */
public final class ForbiddenException extends ProblemException {

    public ForbiddenException(String slug, String detail) {
        super(slug, detail);
    }

    public static ForbiddenException adminOnly() {
        return new ForbiddenException("forbidden", "Only workspace admins can do this.");
    }
}
