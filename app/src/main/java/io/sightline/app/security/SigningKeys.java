package io.sightline.app.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.sightline.db.signing.SigningKey;
import io.sightline.db.signing.SigningKeyService;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The RS256 key pair our access tokens are signed with, made on the first start and kept in the database. */
@Component
public class SigningKeys {

    private final RSAKey key;

    SigningKeys(SigningKeyService keys) throws GeneralSecurityException {
        var stored = keys.current(SigningKeys::generate);
        var factory = KeyFactory.getInstance("RSA");
        var publicKey = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(stored.publicKey()));
        var privateKey = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey()));
        this.key = new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID(stored.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }

    RSAKey signingKey() {
        return key;
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half only, as published at /.well-known/jwks.json. */
    public JWKSet publicSet() {
        return new JWKSet(key.toPublicJWK());
    }

    private static SigningKey generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(
                    UUID.randomUUID().toString(),
                    pair.getPrivate().getEncoded(),
                    pair.getPublic().getEncoded(),
                    Instant.now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
