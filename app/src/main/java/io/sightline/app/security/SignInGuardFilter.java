package io.sightline.app.security;

import io.sightline.app.base.ClientAddress;
import io.sightline.db.base.RateLimitedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away login-form posts for a locked account or address before any password is checked, whether or not the account
 * exists, and sends the browser back to the login page with the reason.
 */
class SignInGuardFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    SignInGuardFilter(LoginThrottle throttle, ClientAddress clientAddress) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        try {
            throttle.checkAddress(clientAddress.of(request));
            if (email != null && throttle.accountLocked(email)) {
                throw LoginThrottle.tooManyFailures();
            }
        } catch (RateLimitedException locked) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
