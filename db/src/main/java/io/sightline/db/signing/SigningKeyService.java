package io.sightline.db.signing;

import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The token signing key: made on the first start, then kept in the database so every node and restart shares it. */
@Service
public class SigningKeyService {

    private final SigningKeyRepository keys;

    public SigningKeyService(SigningKeyRepository keys) {
        this.keys = keys;
    }

    @Transactional
    public SigningKey current(Supplier<SigningKey> generator) {
        keys.lockForCreation();
        return keys.newest().orElseGet(() -> {
            keys.insertIfNone(generator.get());
            return keys.newest().orElseThrow();
        });
    }
}
