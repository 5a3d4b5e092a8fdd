package io.sightline.app.security;

import io.sightline.db.member.MemberService;
import io.sightline.db.operator.OperatorService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account signing in, for form login and the token endpoint alike: a workspace user, or else the platform
 * operator (an email is never both). Locked accounts (too many failures) are refused before the password is even checked,
 * so a locked account answers the same whatever password is tried.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final MemberService members;
    private final OperatorService operators;
    private final LoginThrottle throttle;

    AccountDetailsService(MemberService members, OperatorService operators, LoginThrottle throttle) {
        this.members = members;
        this.operators = operators;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var locked = throttle.accountLocked(email);
        return members.findLoginAccount(email)
                .map(account -> new SightlinePrincipal(account, locked))
                .or(() -> operators.findLogin(email).map(operator -> new SightlinePrincipal(operator, locked)))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }
}
