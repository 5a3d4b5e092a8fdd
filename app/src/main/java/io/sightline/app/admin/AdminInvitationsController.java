package io.sightline.app.admin;

import io.sightline.app.base.Params;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.base.Violations;
import io.sightline.db.invitation.Invitation;
import io.sightline.db.invitation.InvitationService;
import io.sightline.db.invitation.IssuedInvitation;
import io.sightline.db.member.MemberRules;
import io.sightline.ui.base.InvitationLinks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/invitations}: invite, list pending, revoke; and renew (a fresh link, the old one stops working).
 * The accept link is in the answer only when it is made: it is stored nowhere but in the mail.
 */
@RestController
class AdminInvitationsController {

    private final InvitationService invitations;
    private final InvitationLinks links;

    AdminInvitationsController(InvitationService invitations, InvitationLinks links) {
        this.invitations = invitations;
        this.links = links;
    }

    record InvitationRequest(String email, String role) {}

    record IssuedJson(UUID id, String email, String role, String acceptUrl, Instant expiresAt, boolean mailed) {}

    record PendingJson(UUID id, String email, String role, Instant createdAt, Instant expiresAt) {

        static PendingJson of(Invitation i) {
            return new PendingJson(i.id(), i.email(), i.role().name(), i.createdAt(), i.expiresAt());
        }
    }

    record Pending(List<PendingJson> items) {}

    @PostMapping("/api/v1/admin/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedJson invite(Actor actor, @RequestBody InvitationRequest request) {
        var violations = new Violations().add(MemberRules.checkEmail("email", request.email()));
        var role = Params.constant(Role.class, request.role(), "role", violations);
        violations.check(request.role() != null, "role", "Choose ADMIN or MEMBER.");
        violations.throwIfAny();
        return issued(invitations.invite(actor, request.email(), role));
    }

    @GetMapping("/api/v1/admin/invitations")
    Pending pending(Actor actor) {
        return new Pending(
                invitations.pending(actor).stream().map(PendingJson::of).toList());
    }

    @DeleteMapping("/api/v1/admin/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable UUID id) {
        invitations.revoke(actor, id);
    }

    @PostMapping("/api/v1/admin/invitations/{id}/renew")
    IssuedJson renew(Actor actor, @PathVariable UUID id) {
        return issued(invitations.renew(actor, id));
    }

    private IssuedJson issued(IssuedInvitation issued) {
        var i = issued.invitation();
        return new IssuedJson(
                i.id(), i.email(), i.role().name(), links.acceptUrl(issued.token()), i.expiresAt(), links.mailed());
    }
}
