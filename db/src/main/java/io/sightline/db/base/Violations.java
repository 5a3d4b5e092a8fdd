package io.sightline.db.base;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request, so a user learns of all of them at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations check(boolean valid, String field, String message) {
        if (!valid) {
            found.add(new FieldViolation(field, message));
        }
        return this;
    }

    public Violations add(List<FieldViolation> violations) {
        found.addAll(violations);
        return this;
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
