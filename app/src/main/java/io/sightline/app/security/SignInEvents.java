package io.sightline.app.security;

import io.sightline.app.base.ClientAddress;
import io.sightline.app.tracking.MemberNetworkRecorder;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Feeds every password sign-in outcome, from the login page or the token endpoint, to the throttle. */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final MemberNetworkRecorder networks;

    SignInEvents(LoginThrottle throttle, ClientAddress clientAddress, MemberNetworkRecorder networks) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.networks = networks;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName(), currentAddress());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SightlinePrincipal principal) {
            throttle.succeeded(principal.getUsername());
            var address = currentAddress();
            if (address != null && !principal.isOperator()) {
                networks.seen(principal.actor(), address);
            }
        }
    }

    private String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? clientAddress.of(attributes.getRequest())
                : null;
    }
}
