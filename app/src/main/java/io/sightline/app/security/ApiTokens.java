package io.sightline.app.security;

import io.sightline.app.base.SightlineProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

/**
 * Which bearer tokens the API accepts: our own RS256 tokens (issuer {@code SIGHTLINE_PUBLIC_BASE_URL}, audience
 * {@code sightline-api}), and, when {@code sightline.security.external-issuer-uri} is set, the tokens of that issuer too
 * (same audience; they must carry our {@code wid} and {@code roles} claims). Signature, issuer, audience and lifetime are
 * all checked.
 */
@Component
class ApiTokens {

    private final AuthenticationManager ours;
    private final String ourIssuer;
    private final String externalIssuer;
    private final Supplier<AuthenticationManager> external;

    ApiTokens(SigningKeys keys, SightlineProperties properties, AccountStatusCheck accountStatus) {
        var audience = properties.security().audience();
        this.ourIssuer = properties.baseUrl();
        var decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(ourIssuer, audience, accountStatus));
        this.ours = manager(decoder);
        var externalUri = properties.security().externalIssuerUri();
        this.externalIssuer = externalUri == null ? null : externalUri.toString();
        this.external = externalIssuer == null
                ? () -> null
                : memoize(() -> {
                    var externalDecoder = new SupplierJwtDecoder(() -> {
                        var fetched = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(externalIssuer);
                        fetched.setJwtValidator(validator(externalIssuer, audience, accountStatus));
                        return fetched;
                    });
                    return manager(externalDecoder);
                });
    }

    AuthenticationManagerResolver<HttpServletRequest> resolver() {
        if (externalIssuer == null) {
            return request -> ours;
        }
        return new JwtIssuerAuthenticationManagerResolver(issuer -> {
            if (ourIssuer.equals(issuer)) {
                return ours;
            }
            return externalIssuer.equals(issuer) ? external.get() : null;
        });
    }

    private static OAuth2TokenValidator<Jwt> validator(
            String issuer, String audience, AccountStatusCheck accountStatus) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                accountStatus);
    }

    private static AuthenticationManager manager(JwtDecoder decoder) {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix(Roles.PREFIX);
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                var result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            value = result = supplier.get();
                        }
                    }
                }
                return result;
            }
        };
    }
}
