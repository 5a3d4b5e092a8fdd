package io.sightline.app.security;

import io.sightline.db.base.Actor;
import io.sightline.db.operator.OperatorActor;
import io.sightline.ui.base.CurrentUser;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The UI session's signed-in user, from Spring Security's context. */
@Component
class SessionCurrentUser implements CurrentUser {

    @Override
    public Actor actor() {
        return principal()
                .filter(p -> !p.isOperator())
                .map(SightlinePrincipal::actor)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No workspace user is signed in"));
    }

    @Override
    public Optional<OperatorActor> operator() {
        return principal().flatMap(SightlinePrincipal::operator);
    }

    private static Optional<SightlinePrincipal> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SightlinePrincipal principal
                ? Optional.of(principal)
                : Optional.empty();
    }
}
