package io.sightline.app.security;

import io.sightline.db.base.Actor;
import io.sightline.ui.base.CurrentUser;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The UI session's signed-in user, from Spring Security's context. */
@Component
class SessionCurrentUser implements CurrentUser {

    @Override
    public Actor actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SightlinePrincipal principal) {
            return principal.actor();
        }
        throw new AuthenticationCredentialsNotFoundException("No workspace user is signed in");
    }
}
