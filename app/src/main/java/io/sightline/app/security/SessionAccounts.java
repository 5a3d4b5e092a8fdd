package io.sightline.app.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import io.sightline.app.base.ClientAddress;
import io.sightline.db.member.SignUp;
import io.sightline.db.member.SignUpService;
import io.sightline.db.member.SignedUp;
import io.sightline.ui.base.Accounts;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Sign-up and sign-in for the Vaadin views, with the same limits and password check as the login form and API. */
@Component
class SessionAccounts implements Accounts {

    private final SignUpService signUps;
    private final AuthenticationManager authentication;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionAccounts(
            SignUpService signUps,
            AuthenticationManager authentication,
            LoginThrottle throttle,
            ClientAddress clientAddress) {
        this.signUps = signUps;
        this.authentication = authentication;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    public SignedUp signUp(SignUp request) {
        throttle.signUpAttempt(
                clientAddress.of(VaadinServletRequest.getCurrent().getHttpServletRequest()));
        return signUps.signUp(request);
    }

    @Override
    public void signIn(String email, String password) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        // A new session id for the signed-in session, as the login form does, against session fixation.
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
