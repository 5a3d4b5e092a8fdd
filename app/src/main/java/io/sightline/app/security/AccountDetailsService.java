package io.sightline.app.security;

import io.sightline.db.member.MemberService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account signing in, for form login and the token endpoint alike. Locked accounts (too many failures) are
 * refused before the password is even checked, so a locked account answers the same whatever password is tried.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final MemberService members;
    private final LoginThrottle throttle;

    AccountDetailsService(MemberService members, LoginThrottle throttle) {
        this.members = members;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return members.findLoginAccount(email)
                .map(account -> new SightlinePrincipal(account, throttle.accountLocked(email)))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }
}
