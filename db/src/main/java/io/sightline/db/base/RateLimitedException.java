package io.sightline.db.base;

/** Too many attempts from one address or on one account; the caller should wait and try again. */
public final class RateLimitedException extends ProblemException {

    public RateLimitedException(String detail) {
        super("rate-limited", detail);
    }
}
