package io.sightline.app.admin;

import io.sightline.app.base.Params;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.base.Violations;
import io.sightline.db.member.Member;
import io.sightline.db.member.MemberAdminService;
import io.sightline.db.member.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/users} and {@code /api/v1/admin/ownership}: the workspace's people, for its admins. */
@RestController
class AdminUsersController {

    private final MemberAdminService admin;

    AdminUsersController(MemberAdminService admin) {
        this.admin = admin;
    }

    record UserJson(UUID id, String email, String name, String role, String status, boolean owner, Instant createdAt) {

        static UserJson of(Member m) {
            return new UserJson(
                    m.id(), m.email(), m.name(), m.role().name(), m.status().name(), m.owner(), m.createdAt());
        }
    }

    record Users(List<UserJson> items) {}

    record UserPatch(String role, String status) {}

    record OwnershipRequest(String userId) {}

    record Ownership(UserJson owner) {}

    @GetMapping("/api/v1/admin/users")
    Users users(Actor actor) {
        return new Users(admin.users(actor).stream().map(UserJson::of).toList());
    }

    @PatchMapping("/api/v1/admin/users/{id}")
    UserJson change(Actor actor, @PathVariable UUID id, @RequestBody UserPatch patch) {
        var violations = new Violations();
        var role = Params.constant(Role.class, patch.role(), "role", violations);
        var status = Params.constant(UserStatus.class, patch.status(), "status", violations);
        violations.throwIfAny();
        return UserJson.of(admin.change(actor, id, role, status));
    }

    @PostMapping("/api/v1/admin/ownership")
    Ownership transfer(Actor actor, @RequestBody OwnershipRequest request) {
        var violations = new Violations();
        var userId = Params.id(request.userId(), "userId", violations);
        violations.throwIfAny();
        return new Ownership(UserJson.of(admin.transferOwnership(actor, userId)));
    }
}
