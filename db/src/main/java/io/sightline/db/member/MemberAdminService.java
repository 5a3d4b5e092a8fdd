package io.sightline.db.member;

import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.AccessChanged;
import io.sightline.db.base.Actor;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.Role;
import io.sightline.db.base.TenantScope;
import io.sightline.db.workspace.WorkspaceRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins running their team: the list of users, role and status changes, and the owner handing over. The rules hold here
 * whatever the caller: one owner, who stays an active admin; never fewer than one active admin; a workspace's changes are
 * serialised on its row so two admins can't demote each other at once.
 */
@Service
public class MemberAdminService {

    private final MemberRepository members;
    private final MemberService accounts;
    private final WorkspaceRepository workspaces;
    private final AuditService audit;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    public MemberAdminService(
            MemberRepository members,
            MemberService accounts,
            WorkspaceRepository workspaces,
            AuditService audit,
            TenantScope scope,
            ApplicationEventPublisher events) {
        this.members = members;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.audit = audit;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Member> users(Actor actor) {
        scope.enter(actor);
        accounts.requireActiveAdmin(actor);
        return members.all(actor.workspaceId());
    }

    /** Changes a user's role and/or status; null leaves it as it is. */
    @Transactional
    public Member change(Actor actor, UUID userId, Role role, UserStatus status) {
        scope.enter(actor);
        accounts.requireActiveAdmin(actor);
        workspaces.lock(actor.workspaceId());
        var target = find(actor, userId);
        var newRole = role != null ? role : target.role();
        var newStatus = status != null ? status : target.status();
        if (newRole == target.role() && newStatus == target.status()) {
            return target;
        }
        var staysActiveAdmin = newRole == Role.ADMIN && newStatus == UserStatus.ACTIVE;
        var isActiveAdmin = target.role() == Role.ADMIN && target.status() == UserStatus.ACTIVE;
        if (isActiveAdmin && !staysActiveAdmin && members.activeAdmins(actor.workspaceId()) <= 1) {
            throw new ConflictException(
                    "last-admin", "This is the workspace's last active admin: make someone else an admin first.");
        }
        if (target.owner() && !staysActiveAdmin) {
            throw new ConflictException(
                    "owner-protected", "The owner stays an active admin. Transfer ownership to another admin first.");
        }
        var updated = members.update(actor.workspaceId(), userId, newRole, newStatus, target.owner());
        if (newRole != target.role()) {
            audit.byUser(
                    actor,
                    AuditAction.ROLE_CHANGED,
                    userId,
                    target.email(),
                    Map.of("from", target.role().name(), "to", newRole.name()));
        }
        if (newStatus != target.status()) {
            audit.byUser(
                    actor,
                    AuditAction.STATUS_CHANGED,
                    userId,
                    target.email(),
                    Map.of("from", target.status().name(), "to", newStatus.name()));
        }
        events.publishEvent(AccessChanged.user(actor.workspaceId(), userId));
        return updated;
    }

    /** The owner hands ownership to another active admin, and stays an admin. */
    @Transactional
    public Member transferOwnership(Actor actor, UUID userId) {
        scope.enter(actor);
        var me = accounts.requireActiveAdmin(actor);
        if (!me.owner()) {
            throw new ForbiddenException("forbidden", "Only the workspace owner can hand over ownership.");
        }
        workspaces.lock(actor.workspaceId());
        var target = find(actor, userId);
        if (target.id().equals(me.id())) {
            return target;
        }
        if (target.role() != Role.ADMIN || target.status() != UserStatus.ACTIVE) {
            throw new ConflictException(
                    "not-active-admin",
                    "Ownership can only go to an active admin: make " + target.name() + " an admin first.");
        }
        members.clearOwner(actor.workspaceId(), me.id());
        var owner = members.update(actor.workspaceId(), userId, Role.ADMIN, UserStatus.ACTIVE, true);
        audit.byUser(actor, AuditAction.OWNERSHIP_TRANSFERRED, userId, target.email(), Map.of("from", me.email()));
        return owner;
    }

    private Member find(Actor actor, UUID userId) {
        return members.findById(actor.workspaceId(), userId)
                .orElseThrow(() -> new NotFoundException("There is no such user in your workspace."));
    }
}
