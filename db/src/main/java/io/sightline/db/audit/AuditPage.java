package io.sightline.db.audit;

import java.util.List;

/** One page of the trail, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEvent> items, String nextCursor) {}
