package io.sightline.db.invitation;

import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditService;
import io.sightline.db.base.Actor;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.Constraints;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.Role;
import io.sightline.db.base.TenantScope;
import io.sightline.db.base.Violations;
import io.sightline.db.member.Emails;
import io.sightline.db.member.Member;
import io.sightline.db.member.MemberRepository;
import io.sightline.db.member.MemberRules;
import io.sightline.db.member.MemberService;
import io.sightline.db.member.NewMember;
import io.sightline.db.workspace.WorkspaceRepository;
import io.sightline.db.workspace.WorkspaceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: an admin invites an email as admin or member; the link (a 256-bit token, kept only as a hash) works once,
 * for seven days, until revoked or replaced. Accepting creates the account with the name and password the person chooses.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final MemberService accounts;
    private final WorkspaceRepository workspaces;
    private final AuditService audit;
    private final TenantScope scope;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    public InvitationService(
            InvitationRepository invitations,
            MemberRepository members,
            MemberService accounts,
            WorkspaceRepository workspaces,
            AuditService audit,
            TenantScope scope,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.members = members;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.audit = audit;
        this.scope = scope;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional
    public IssuedInvitation invite(Actor actor, String email, Role role) {
        new Violations()
                .add(MemberRules.checkEmail("email", email))
                .check(role != null, "role", "Choose ADMIN or MEMBER.")
                .throwIfAny();
        scope.enter(actor);
        var inviter = accounts.requireActiveAdmin(actor);
        var address = Emails.normalize(email);
        if (members.emailTaken(address)) {
            throw new ConflictException("email-taken", "Someone already has an account with this email.");
        }
        invitations.revokePendingFor(actor.workspaceId(), address);
        var token = InvitationTokens.generate();
        var invitation = invitations.insert(
                actor.workspaceId(), UUID.randomUUID(), address, role, InvitationTokens.hash(token), actor.userId());
        audit.byUser(actor, AuditAction.INVITATION_SENT, null, address, Map.of("role", role.name()));
        announce(invitation, token, inviter);
        return new IssuedInvitation(invitation, token);
    }

    @Transactional(readOnly = true)
    public List<Invitation> pending(Actor actor) {
        scope.enter(actor);
        accounts.requireActiveAdmin(actor);
        return invitations.pending(actor.workspaceId());
    }

    @Transactional
    public void revoke(Actor actor, UUID id) {
        scope.enter(actor);
        accounts.requireActiveAdmin(actor);
        var invitation = invitations.findPending(actor.workspaceId(), id).orElseThrow(InvitationService::notFound);
        invitations.revoke(actor.workspaceId(), id);
        audit.byUser(
                actor,
                AuditAction.INVITATION_REVOKED,
                null,
                invitation.email(),
                Map.of("role", invitation.role().name()));
    }

    /** A fresh link for a pending invitation (the old one stops working), valid for seven days from now. */
    @Transactional
    public IssuedInvitation renew(Actor actor, UUID id) {
        scope.enter(actor);
        var inviter = accounts.requireActiveAdmin(actor);
        invitations.findPending(actor.workspaceId(), id).orElseThrow(InvitationService::notFound);
        var token = InvitationTokens.generate();
        var invitation = invitations.renew(actor.workspaceId(), id, InvitationTokens.hash(token));
        audit.byUser(
                actor,
                AuditAction.INVITATION_SENT,
                null,
                invitation.email(),
                Map.of("role", invitation.role().name(), "renewed", "true"));
        announce(invitation, token, inviter);
        return new IssuedInvitation(invitation, token);
    }

    /** What the accept page shows; empty for unknown, used, revoked and expired links alike. */
    @Transactional(readOnly = true)
    public Optional<InvitationPreview> preview(String token) {
        if (!InvitationTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        var hash = InvitationTokens.hash(token);
        return invitations.workspaceOf(hash).flatMap(workspaceId -> {
            scope.enter(new Actor(workspaceId, UUID.randomUUID(), Role.MEMBER));
            var workspace = workspaces.findById(workspaceId).filter(w -> w.status() == WorkspaceStatus.ACTIVE);
            return workspace.flatMap(w -> invitations
                    .findValid(workspaceId, hash)
                    .map(i -> new InvitationPreview(i.email(), i.role(), w.name())));
        });
    }

    @Transactional
    public Member accept(String token, String name, String password) {
        new Violations()
                .add(MemberRules.checkName("name", name))
                .add(MemberRules.checkPassword("password", password))
                .throwIfAny();
        if (!InvitationTokens.isWellFormed(token)) {
            throw notFound();
        }
        var hash = InvitationTokens.hash(token);
        var workspaceId = invitations.workspaceOf(hash).orElseThrow(InvitationService::notFound);
        var userId = UUID.randomUUID();
        scope.enter(new Actor(workspaceId, userId, Role.MEMBER));
        workspaces
                .findById(workspaceId)
                .filter(w -> w.status() == WorkspaceStatus.ACTIVE)
                .orElseThrow(InvitationService::notFound);
        var invitation = invitations.lockValid(workspaceId, hash).orElseThrow(InvitationService::notFound);
        if (members.emailTaken(invitation.email())) {
            throw emailTaken();
        }
        Member member;
        try {
            member = members.insert(new NewMember(
                    workspaceId,
                    userId,
                    invitation.email(),
                    name.strip(),
                    passwords.encode(password),
                    invitation.role(),
                    false));
        } catch (DataIntegrityViolationException raced) {
            throw Constraints.violated(raced).map(c -> emailTaken()).orElseThrow(() -> raced);
        }
        invitations.markAccepted(workspaceId, invitation.id(), userId);
        audit.byUser(
                new Actor(workspaceId, userId, invitation.role()),
                AuditAction.INVITATION_ACCEPTED,
                userId,
                invitation.email(),
                Map.of("role", invitation.role().name()));
        return member;
    }

    private void announce(Invitation invitation, String token, Member inviter) {
        var workspace = workspaces.findById(invitation.workspaceId()).orElseThrow();
        events.publishEvent(new InvitationSent(
                invitation.email(),
                invitation.role(),
                token,
                invitation.expiresAt(),
                workspace.name(),
                inviter.name()));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This invitation link is unknown, already used, revoked or expired.");
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email-taken", "An account with this email already exists. Sign in instead.");
    }
}
