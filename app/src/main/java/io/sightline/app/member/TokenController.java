package io.sightline.app.member;

import io.sightline.app.base.ClientAddress;
import io.sightline.app.base.Problems;
import io.sightline.app.security.LoginThrottle;
import io.sightline.app.security.SightlinePrincipal;
import io.sightline.app.security.TokenIssuer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token}: email and password for a short-lived access token. Unknown email, wrong password and a
 * deactivated account all get the same 401, so the answer reveals nothing about which accounts exist.
 */
@RestController
class TokenController {

    private final AuthenticationManager authentication;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final Problems problems;

    TokenController(
            AuthenticationManager authentication,
            TokenIssuer tokens,
            LoginThrottle throttle,
            ClientAddress clientAddress,
            Problems problems) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.problems = problems;
    }

    record TokenRequest(String email, String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        var email = request.email() == null ? "" : request.email();
        throttle.checkAddress(clientAddress.of(http));
        if (throttle.accountLocked(email)) {
            throw LoginThrottle.tooManyFailures();
        }
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    email, request.password() == null ? "" : request.password()));
            var principal = (SightlinePrincipal) result.getPrincipal();
            var issued =
                    principal.operator().map(tokens::forOperator).orElseGet(() -> tokens.forUser(principal.actor()));
            return ResponseEntity.ok(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn()));
        } catch (LockedException locked) {
            throw LoginThrottle.tooManyFailures();
        } catch (AuthenticationException refused) {
            return problem(problems.of(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong email or password."));
        }
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
