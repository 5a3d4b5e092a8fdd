package io.sightline.db.member;

import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.Violations;
import java.util.List;

/** The field rules for a person's account, shared by sign-up and invitation acceptance, the API and the UI. */
public final class MemberRules {

    public static final int NAME_MAX = 100;

    private MemberRules() {}

    public static List<FieldViolation> checkName(String field, String name) {
        var trimmed = name == null ? "" : name.strip();
        return new Violations()
                .check(!trimmed.isEmpty(), field, "Enter a name.")
                .check(trimmed.length() <= NAME_MAX, field, "Use at most " + NAME_MAX + " characters.")
                .check(
                        trimmed.chars().noneMatch(Character::isISOControl),
                        field,
                        "Remove control characters such as line breaks.")
                .list();
    }

    public static List<FieldViolation> checkEmail(String field, String email) {
        return new Violations()
                .check(Emails.isValid(email), field, "Enter a valid email address, like name@example.com.")
                .list();
    }

    public static List<FieldViolation> checkPassword(String field, String password) {
        var problem = Passwords.problem(password);
        return problem == null ? List.of() : List.of(new FieldViolation(field, problem));
    }
}
