package io.sightline.db.tracking;

import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The opaque keyset cursor of tracked-email lists: the (created_at, id) of the last row of the previous page. */
record Cursor(Instant createdAt, UUID id) {

    String encode() {
        var raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            return new Cursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new ValidationException(List.of(
                    new FieldViolation("cursor", "Not a cursor this list gave out; start from the first page.")));
        }
    }
}
