package io.sightline.db.operator;

import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Where a page of workspaces ended: an opaque string to clients, (createdAt, id) to the keyset query. */
public record WorkspaceCursor(Instant createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor; a 400 for anything that is not one of ours. */
    public static WorkspaceCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            var parts = text.split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(text);
            }
            return new WorkspaceCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new ValidationException(List.of(new FieldViolation("cursor", "Not a cursor this list gave out.")));
        }
    }
}
