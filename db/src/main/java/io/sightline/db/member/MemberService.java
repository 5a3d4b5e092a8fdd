package io.sightline.db.member;

import io.sightline.db.base.Actor;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.Role;
import io.sightline.db.base.TenantScope;
import io.sightline.db.workspace.WorkspaceRepository;
import io.sightline.db.workspace.WorkspaceStatus;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own account: who they are, their workspace, their settings; and the look-up sign-in needs. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final WorkspaceRepository workspaces;
    private final TenantScope scope;

    public MemberService(MemberRepository members, WorkspaceRepository workspaces, TenantScope scope) {
        this.members = members;
        this.workspaces = workspaces;
        this.scope = scope;
    }

    /**
     * The acting admin as the database has them now, or 403 {@code forbidden}: a token's role claim may be up to an
     * account recheck old. Runs in the caller's transaction, after it entered the actor's scope.
     */
    public Member requireActiveAdmin(Actor actor) {
        actor.requireAdmin();
        return members.findById(actor.workspaceId(), actor.userId())
                .filter(m -> m.role() == Role.ADMIN && m.status() == UserStatus.ACTIVE)
                .orElseThrow(ForbiddenException::adminOnly);
    }

    @Transactional(readOnly = true)
    public Me me(Actor actor) {
        scope.enter(actor);
        var user = members.findById(actor.workspaceId(), actor.userId())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        var workspace = workspaces
                .findById(actor.workspaceId())
                .orElseThrow(() -> new NotFoundException("Your workspace no longer exists."));
        return new Me(user, workspace);
    }

    /** Changes the given settings and keeps the others; null means "leave as it is". */
    @Transactional
    public MemberSettings updateSettings(Actor actor, Boolean trackByDefault, Boolean notificationsEnabled) {
        scope.enter(actor);
        var current = members.findById(actor.workspaceId(), actor.userId())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."))
                .settings();
        var wanted = new MemberSettings(
                trackByDefault != null ? trackByDefault : current.trackByDefault(),
                notificationsEnabled != null ? notificationsEnabled : current.notificationsEnabled());
        return members.updateSettings(actor.workspaceId(), actor.userId(), wanted)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."))
                .settings();
    }

    /** Whether this user may still act: active, in an active workspace. */
    @Transactional(readOnly = true)
    public boolean maySignIn(Actor actor) {
        scope.enter(actor);
        var user = members.findById(actor.workspaceId(), actor.userId());
        var workspace = workspaces.findById(actor.workspaceId());
        return user.isPresent()
                && user.get().status() == UserStatus.ACTIVE
                && user.get().role() == actor.role()
                && workspace.isPresent()
                && workspace.get().status() == WorkspaceStatus.ACTIVE;
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> findLoginAccount(String email) {
        return members.findLoginAccount(Emails.normalize(email));
    }
}
