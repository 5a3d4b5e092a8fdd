package io.sightline.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sightline.app.base.SightlineProperties;
import org.springframework.boot.test.context.TestComponent;

/** Lets tests sign tokens with the app's own key, to send it what it would never issue (expired, wrong audience). */
@TestComponent
public class SigningKeyAccess {

    private final SigningKeys keys;
    private final SightlineProperties properties;

    SigningKeyAccess(SigningKeys keys, SightlineProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    public String issuer() {
        return properties.baseUrl();
    }

    public String sign(JWTClaimsSet claims) throws JOSEException {
        var key = keys.signingKey();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
