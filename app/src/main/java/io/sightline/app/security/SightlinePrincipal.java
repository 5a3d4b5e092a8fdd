package io.sightline.app.security;

import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.member.LoginAccount;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in workspace user, as kept in the UI session. */
public final class SightlinePrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final UUID workspaceId;
    private final Role role;
    private final String email;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    SightlinePrincipal(LoginAccount account, boolean locked) {
        this.userId = account.userId();
        this.workspaceId = account.workspaceId();
        this.role = account.role();
        this.email = account.email();
        this.enabled = account.maySignIn();
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    public Actor actor() {
        return new Actor(workspaceId, userId, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(Roles.PREFIX + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
