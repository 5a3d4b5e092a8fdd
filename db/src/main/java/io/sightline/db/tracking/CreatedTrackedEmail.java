package io.sightline.db.tracking;

/** A new tracked email and its pixel token: the only time the token exists in the clear. */
public record CreatedTrackedEmail(TrackedEmail email, String token) {}
