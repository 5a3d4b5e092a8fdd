package io.sightline.app.member;

import io.sightline.app.base.ClientAddress;
import io.sightline.app.security.LoginThrottle;
import io.sightline.db.member.SignUp;
import io.sightline.db.member.SignUpService;
import io.sightline.db.member.SignedUp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/signup}: a new workspace on the Basic plan with its owner. */
@RestController
class SignupController {

    private final SignUpService signUps;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    SignupController(SignUpService signUps, LoginThrottle throttle, ClientAddress clientAddress) {
        this.signUps = signUps;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    record SignupRequest(String workspaceName, String workspaceSlug, String name, String email, String password) {}

    record WorkspaceJson(UUID id, String slug, String name, String plan) {}

    record UserJson(UUID id, String email, String name, String role, boolean owner) {}

    record SignupResponse(WorkspaceJson workspace, UserJson user) {}

    @PostMapping("/api/v1/signup")
    @ResponseStatus(HttpStatus.CREATED)
    SignupResponse signUp(@RequestBody SignupRequest request, HttpServletRequest http) {
        throttle.signUpAttempt(clientAddress.of(http));
        SignedUp done = signUps.signUp(new SignUp(
                request.workspaceName(), request.workspaceSlug(), request.name(), request.email(), request.password()));
        var workspace = done.workspace();
        var owner = done.owner();
        return new SignupResponse(
                new WorkspaceJson(
                        workspace.id(),
                        workspace.slug(),
                        workspace.name(),
                        workspace.plan().name()),
                new UserJson(
                        owner.id(), owner.email(), owner.name(), owner.role().name(), owner.owner()));
    }
}
