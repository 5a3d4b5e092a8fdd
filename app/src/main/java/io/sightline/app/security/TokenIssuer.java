package io.sightline.app.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.sightline.app.base.SightlineProperties;
import io.sightline.db.base.Actor;
import io.sightline.db.operator.OperatorActor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues the short-lived RS256 access tokens of {@code POST /api/v1/auth/token}. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String issuer;
    private final String audience;
    private final Duration ttl;

    TokenIssuer(SigningKeys keys, SightlineProperties properties) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        this.issuer = properties.baseUrl();
        this.audience = properties.security().audience();
        this.ttl = properties.security().tokenTtl();
    }

    public record Issued(String accessToken, long expiresIn) {}

    public Issued forUser(Actor actor) {
        return issue(actor.userId(), actor.workspaceId(), List.of(actor.role().name()));
    }

    /** Operator tokens name no workspace: {@code sub} is the operator, {@code roles} is ["OPERATOR"]. */
    public Issued forOperator(OperatorActor operator) {
        return issue(operator.operatorId(), null, List.of(Roles.OPERATOR));
    }

    private Issued issue(UUID subject, UUID workspaceId, List<String> roles) {
        var now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(subject.toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (workspaceId != null) {
            claims.claim("wid", workspaceId.toString());
        }
        var header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims.build()));
        return new Issued(token.getTokenValue(), ttl.toSeconds());
    }
}
