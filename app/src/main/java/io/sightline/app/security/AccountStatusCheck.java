package io.sightline.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.member.MemberService;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * A token outlives a deactivation or a suspension by at most {@link #RECHECK}: its account's state is looked up again
 * after that long, and a token of a deactivated user or a suspended workspace is then refused.
 */
@Component
public class AccountStatusCheck implements OAuth2TokenValidator<Jwt> {

    static final Duration RECHECK = Duration.ofSeconds(30);
    private static final OAuth2Error INACTIVE =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The account is deactivated or suspended", null);
    private static final OAuth2Error MALFORMED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token lacks the wid, sub or roles claim", null);

    private final MemberService members;
    private final Cache<Actor, Boolean> active =
            Caffeine.newBuilder().expireAfterWrite(RECHECK).maximumSize(100_000).build();

    AccountStatusCheck(MemberService members) {
        this.members = members;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        var actor = actorOf(token);
        if (actor == null) {
            return OAuth2TokenValidatorResult.failure(MALFORMED);
        }
        return active.get(actor, members::maySignIn)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(INACTIVE);
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

    /** Forget what is known of an account at once, e.g. right after this node deactivated it. */
    public void forget(Actor actor) {
        active.invalidate(actor);
    }
}
