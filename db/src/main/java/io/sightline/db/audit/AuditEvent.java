package io.sightline.db.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a workspace's trail: who ({@code actorKind} USER or OPERATOR, with the label they had then), did what, to
 * whom (if anyone), when, with details such as the old and new role.
 */
public record AuditEvent(
        long id,
        Instant at,
        String actorKind,
        UUID actorId,
        String actor,
        AuditAction action,
        UUID targetId,
        String target,
        Map<String, String> details) {}
