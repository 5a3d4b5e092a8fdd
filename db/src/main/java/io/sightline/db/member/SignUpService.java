package io.sightline.db.member;

import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.Actor;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.Constraints;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.Role;
import io.sightline.db.base.TenantScope;
import io.sightline.db.base.Violations;
import io.sightline.db.workspace.Slugs;
import io.sightline.db.workspace.WorkspaceRepository;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up a company: a new workspace on the Basic plan and its first user, who is an admin and the owner, in one
 * transaction. Emails are unique across all workspaces, case-insensitively; slugs are unique.
 */
@Service
public class SignUpService {

    public static final int WORKSPACE_NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final TenantScope scope;
    private final PasswordEncoder passwords;
    private final AuditService audit;

    public SignUpService(
            WorkspaceRepository workspaces,
            MemberRepository members,
            TenantScope scope,
            PasswordEncoder passwords,
            AuditService audit) {
        this.audit = audit;
        this.workspaces = workspaces;
        this.members = members;
        this.scope = scope;
        this.passwords = passwords;
    }

    /** Every field problem of a sign-up at once, for forms that validate as the user types. */
    public static List<FieldViolation> check(SignUp request) {
        var name = strip(request.workspaceName());
        var slug = strip(request.workspaceSlug());
        return new Violations()
                .check(!name.isEmpty(), "workspaceName", "Enter your company or team name.")
                .check(name.length() <= WORKSPACE_NAME_MAX, "workspaceName", "Use at most 100 characters.")
                .check(
                        slug.isEmpty() || Slugs.isValid(slug),
                        "workspaceSlug",
                        "Use 3–40 lowercase letters, digits and dashes, starting and ending with a letter or digit.")
                .add(MemberRules.checkName("name", request.name()))
                .add(MemberRules.checkEmail("email", request.email()))
                .add(MemberRules.checkPassword("password", request.password()))
                .list();
    }

    @Transactional
    public SignedUp signUp(SignUp request) {
        new Violations().add(check(request)).throwIfAny();
        var email = Emails.normalize(request.email());
        if (members.emailTaken(email)) {
            throw emailTaken();
        }
        var slug = chooseSlug(request);
        var workspaceId = UUID.randomUUID();
        var userId = UUID.randomUUID();
        scope.enter(new Actor(workspaceId, userId, Role.ADMIN));
        try {
            var workspace = workspaces.insert(workspaceId, slug, strip(request.workspaceName()));
            var owner = members.insert(new NewMember(
                    workspaceId,
                    userId,
                    email,
                    strip(request.name()),
                    passwords.encode(request.password()),
                    Role.ADMIN,
                    true));
            audit.byUser(
                    new Actor(workspaceId, userId, Role.ADMIN),
                    AuditAction.SIGNED_UP,
                    userId,
                    email,
                    Map.of("workspace", workspace.name(), "slug", workspace.slug()));
            return new SignedUp(workspace, owner);
        } catch (DataIntegrityViolationException raced) {
            throw Constraints.violated(raced)
                    .map(constraint -> constraint.startsWith("workspace_slug") ? slugTaken(slug) : emailTaken())
                    .orElseThrow(() -> raced);
        }
    }

    private String chooseSlug(SignUp request) {
        var requested = strip(request.workspaceSlug());
        if (!requested.isEmpty()) {
            if (workspaces.slugTaken(requested)) {
                throw slugTaken(requested);
            }
            return requested;
        }
        var suggested = Slugs.suggest(request.workspaceName());
        var slug = suggested;
        while (workspaces.slugTaken(slug)) {
            slug = Slugs.withSuffix(
                    suggested, HexFormat.of().toHexDigits(RANDOM.nextInt()).substring(0, 4));
        }
        return slug;
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email-taken", "An account with this email already exists. Sign in instead.");
    }

    private static ConflictException slugTaken(String slug) {
        return new ConflictException("slug-taken", "The workspace address '" + slug + "' is taken. Choose another.");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
