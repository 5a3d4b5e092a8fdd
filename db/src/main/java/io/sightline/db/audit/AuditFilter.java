package io.sightline.db.audit;

import java.time.Instant;

/** Narrows the trail: actor label contains {@code actor}; exactly {@code action}; {@code from} ≤ at < {@code until}. Nulls don't narrow. */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant until) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
