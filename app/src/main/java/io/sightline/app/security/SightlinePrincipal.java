package io.sightline.app.security;

import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.member.LoginAccount;
import io.sightline.db.operator.OperatorActor;
import io.sightline.db.operator.OperatorLogin;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in workspace user or the platform operator (no workspace, authority OPERATOR), as kept in the UI session. */
public final class SightlinePrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final UUID id;
    private final UUID workspaceId;
    private final Role role;
    private final String email;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    SightlinePrincipal(LoginAccount account, boolean locked) {
        this.id = account.userId();
        this.workspaceId = account.workspaceId();
        this.role = account.role();
        this.email = account.email();
        this.enabled = account.maySignIn();
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    SightlinePrincipal(OperatorLogin operator, boolean locked) {
        this.id = operator.operatorId();
        this.workspaceId = null;
        this.role = null;
        this.email = operator.email();
        this.enabled = true;
        this.locked = locked;
        this.passwordHash = operator.passwordHash();
    }

    public boolean isOperator() {
        return workspaceId == null;
    }

    /** The workspace user; fails for the operator, who acts through {@link #operator()}. */
    public Actor actor() {
        if (isOperator()) {
            throw new IllegalStateException("The platform operator is not a workspace user");
        }
        return new Actor(workspaceId, id, role);
    }

    public Optional<OperatorActor> operator() {
        return isOperator() ? Optional.of(new OperatorActor(id)) : Optional.empty();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(Roles.PREFIX + (isOperator() ? Roles.OPERATOR : role.name())));
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
