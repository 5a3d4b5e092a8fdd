package io.sightline.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sightline.app.base.SightlineProperties;
import io.sightline.db.base.AccessChanged;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.member.MemberService;
import io.sightline.db.operator.OperatorActor;
import io.sightline.db.operator.OperatorService;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A token or UI session outlives a deactivation or a suspension by at most {@code sightline.security.account-recheck}
 * (30 s): its account's state is looked up again after that long, and a deactivated user, a suspended workspace or a
 * removed operator is then refused. Changes made on this node are forgotten at once, as soon as they are committed.
 */
@Component
public class AccountStatusCheck implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error INACTIVE =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The account is deactivated or suspended", null);
    private static final OAuth2Error MALFORMED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token lacks the wid, sub or roles claim", null);

    private final MemberService members;
    private final OperatorService operators;
    private final Cache<Object, Boolean> active;

    AccountStatusCheck(MemberService members, OperatorService operators, SightlineProperties properties) {
        this.members = members;
        this.operators = operators;
        this.active = Caffeine.newBuilder()
                .expireAfterWrite(properties.security().accountRecheck())
                .maximumSize(100_000)
                .build();
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        var actor = actorOf(token);
        if (actor != null) {
            return result(isActive(actor));
        }
        var operator = operatorOf(token);
        if (operator != null) {
            return result(isActive(operator));
        }
        return OAuth2TokenValidatorResult.failure(MALFORMED);
    }

    public boolean isActive(Actor actor) {
        return active.get(actor, a -> members.maySignIn((Actor) a));
    }

    public boolean isActive(OperatorActor operator) {
        return active.get(operator, o -> operators.exists((OperatorActor) o));
    }

    /** For UI sessions: the principal's account may still act. */
    boolean isActive(SightlinePrincipal principal) {
        return principal.operator().map(this::isActive).orElseGet(() -> isActive(principal.actor()));
    }

    @TransactionalEventListener
    void accessChanged(AccessChanged change) {
        active.asMap()
                .keySet()
                .removeIf(key -> key instanceof Actor actor
                        && actor.workspaceId().equals(change.workspaceId())
                        && (change.userId() == null || actor.userId().equals(change.userId())));
    }

    private static OAuth2TokenValidatorResult result(boolean ok) {
        return ok ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(INACTIVE);
    }

    /** The workspace user a token stands for, or null when its claims don't name one. */
    static Actor actorOf(Jwt token) {
        try {
            List<String> roles = token.getClaimAsStringList("roles");
            var workspace = token.getClaimAsString("wid");
            if (roles == null || roles.size() != 1 || workspace == null || token.getSubject() == null) {
                return null;
            }
            return new Actor(
                    UUID.fromString(workspace), UUID.fromString(token.getSubject()), Role.valueOf(roles.get(0)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The operator a token stands for: roles exactly ["OPERATOR"] and no workspace; else null. */
    static OperatorActor operatorOf(Jwt token) {
        try {
            List<String> roles = token.getClaimAsStringList("roles");
            if (roles == null
                    || !roles.equals(List.of(Roles.OPERATOR))
                    || token.hasClaim("wid")
                    || token.getSubject() == null) {
                return null;
            }
            return new OperatorActor(UUID.fromString(token.getSubject()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Forget what is known of an account at once, e.g. right after this node deactivated it. */
    public void forget(Actor actor) {
        active.invalidate(actor);
    }
}
