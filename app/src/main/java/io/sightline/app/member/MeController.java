package io.sightline.app.member;

import io.sightline.db.base.Actor;
import io.sightline.db.member.Me;
import io.sightline.db.member.MemberService;
import io.sightline.db.member.MemberSettings;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me} and {@code PATCH /api/v1/me/settings}: the caller's own account. */
@RestController
class MeController {

    private final MemberService members;

    MeController(MemberService members) {
        this.members = members;
    }

    record UserJson(UUID id, String email, String name, String role, boolean owner) {}

    record WorkspaceJson(UUID id, String slug, String name, String plan, boolean trackingEnabled) {}

    record MeResponse(UserJson user, WorkspaceJson workspace, MemberSettings settings) {}

    record SettingsPatch(Boolean trackByDefault, Boolean notificationsEnabled) {}

    @GetMapping("/api/v1/me")
    MeResponse me(Actor actor) {
        Me me = members.me(actor);
        var user = me.user();
        var workspace = me.workspace();
        return new MeResponse(
                new UserJson(user.id(), user.email(), user.name(), user.role().name(), user.owner()),
                new WorkspaceJson(
                        workspace.id(),
                        workspace.slug(),
                        workspace.name(),
                        workspace.plan().name(),
                        workspace.trackingEnabled()),
                user.settings());
    }

    @PatchMapping("/api/v1/me/settings")
    MemberSettings updateSettings(Actor actor, @RequestBody SettingsPatch patch) {
        return members.updateSettings(actor, patch.trackByDefault(), patch.notificationsEnabled());
    }
}
