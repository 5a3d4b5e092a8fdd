package io.sightline.app.security;

import io.sightline.app.base.ClientAddress;
import io.sightline.app.tracking.MemberNetworkRecorder;
import io.sightline.db.base.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** Notes the network of every authenticated member request, UI session or API token, for "You (or someone nearby)". */
class MemberActivityFilter extends OncePerRequestFilter {

    private final MemberNetworkRecorder networks;
    private final ClientAddress clientAddress;

    MemberActivityFilter(MemberNetworkRecorder networks, ClientAddress clientAddress) {
        this.networks = networks;
        this.clientAddress = clientAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var actor = currentActor();
        if (actor != null) {
            networks.seen(actor, clientAddress.of(request));
        }
        chain.doFilter(request, response);
    }

    private static Actor currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return AccountStatusCheck.actorOf(jwt.getToken());
        }
        if (authentication != null
                && authentication.getPrincipal() instanceof SightlinePrincipal principal
                && !principal.isOperator()) {
            return principal.actor();
        }
        return null;
    }
}
