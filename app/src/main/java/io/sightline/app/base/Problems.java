package io.sightline.app.base;

import io.sightline.db.base.FieldViolation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds the RFC 9457 problem documents of API.md: a type ending in a stable slug, a title, a status and a detail. */
@Component
public class Problems {

    private final String typeBase;

    public Problems(SightlineProperties properties) {
        this.typeBase = properties.baseUrl() + "/problems/";
    }

    public ProblemDetail of(HttpStatus status, String slug, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(typeBase + slug));
        problem.setTitle(title(slug, status));
        return problem;
    }

    public ProblemDetail validation(List<FieldViolation> violations) {
        var problem =
                of(HttpStatus.BAD_REQUEST, "validation", "Some fields are invalid: " + fieldNames(violations) + ".");
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "message", v.message()))
                        .toList());
        return problem;
    }

    private static String fieldNames(List<FieldViolation> violations) {
        return String.join(
                ", ", violations.stream().map(FieldViolation::field).distinct().toList());
    }

    private static String title(String slug, HttpStatus status) {
        return switch (slug) {
            case "validation" -> "Invalid request";
            case "malformed-request" -> "Malformed request";
            case "bad-credentials" -> "Wrong email or password";
            case "unauthorized" -> "Sign-in required";
            case "rate-limited" -> "Too many attempts";
            case "email-taken" -> "Email already registered";
            case "slug-taken" -> "Workspace address taken";
            case "not-found" -> "Not found";
            case "forbidden" -> "Not allowed";
            case "plan-required" -> "Upgrade required";
            case "payload-too-large" -> "Request too large";
            case "owner-protected" -> "The owner can't be changed this way";
            case "last-admin" -> "Last admin";
            case "not-active-admin" -> "Not an active admin";
            default -> status.getReasonPhrase();
        };
    }
}
