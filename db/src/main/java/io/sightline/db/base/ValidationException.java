package io.sightline.db.base;

import java.util.List;

/** The request has invalid fields; nothing was changed. */
public final class ValidationException extends ProblemException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super("validation", "Some fields are invalid: " + String.join(", ", fields(violations)) + ".");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).distinct().toList();
    }
}
