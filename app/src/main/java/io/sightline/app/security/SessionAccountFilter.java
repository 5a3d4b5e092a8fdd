package io.sightline.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the UI session of an account that may no longer act (deactivated user, suspended workspace), on its next request:
 * the session is invalidated and the request goes on anonymous, so Vaadin sends a page load to the login view and a
 * running page to a session-expired reload. {@link AccountStatusCheck} bounds how stale the answer may be.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAccountFilter.class);

    private final AccountStatusCheck accountStatus;

    SessionAccountFilter(AccountStatusCheck accountStatus) {
        this.accountStatus = accountStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SightlinePrincipal principal
                && !accountStatus.isActive(principal)) {
            log.info("Ending the session of {}: the account may no longer sign in", principal.getUsername());
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
