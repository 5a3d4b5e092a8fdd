package io.sightline.app.invitation;

import io.sightline.db.invitation.InvitationService;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/invitations/{token}/accept}: the invited person chooses name and password; the account exists. */
@RestController
class InvitationAcceptController {

    private final InvitationService invitations;

    InvitationAcceptController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record AcceptRequest(String name, String password) {}

    record UserJson(UUID id, String email, String name, String role) {}

    record Accepted(UserJson user) {}

    @PostMapping("/api/v1/invitations/{token}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    Accepted accept(@PathVariable String token, @RequestBody AcceptRequest request) {
        var member = invitations.accept(token, request.name(), request.password());
        return new Accepted(new UserJson(
                member.id(), member.email(), member.name(), member.role().name()));
    }
}
