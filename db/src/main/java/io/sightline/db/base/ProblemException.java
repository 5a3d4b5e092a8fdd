package io.sightline.db.base;

/**
 * A refusal the user can act on. The slug is the stable last segment of the problem type that clients match on; the web
 * layer turns each kind into its HTTP status.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits ConflictException, ForbiddenException, NotFoundException, RateLimitedException, ValidationException {

    private final String slug;

    protected ProblemException(String slug, String detail) {
        super(detail);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
