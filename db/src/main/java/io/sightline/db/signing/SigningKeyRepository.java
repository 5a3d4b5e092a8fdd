package io.sightline.db.signing;

import static io.sightline.db.jooq.Tables.SIGNING_KEY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about token signing keys. Not tenant data: one key set for the whole service. */
@Repository
public class SigningKeyRepository {

    private static final long CREATION_LOCK = 0x5167_6e4b_6579L;

    private final DSLContext db;

    public SigningKeyRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<SigningKey> newest() {
        return db.selectFrom(SIGNING_KEY)
                .orderBy(SIGNING_KEY.CREATED_AT.desc())
                .limit(1)
                .fetchOptional()
                .map(r -> new SigningKey(r.getKid(), r.getPrivateKey(), r.getPublicKey(), r.getCreatedAt()));
    }

    /** Serialises key creation between nodes starting at once, until the transaction ends. */
    public void lockForCreation() {
        db.select(field("pg_advisory_xact_lock({0})", Object.class, val(CREATION_LOCK)))
                .fetch();
    }

    /** Inserts the key unless another node got there first; either way the caller reads the newest afterwards. */
    public void insertIfNone(SigningKey key) {
        db.insertInto(SIGNING_KEY)
                .set(SIGNING_KEY.KID, key.kid())
                .set(SIGNING_KEY.PRIVATE_KEY, key.privateKey())
                .set(SIGNING_KEY.PUBLIC_KEY, key.publicKey())
                .onConflictDoNothing()
                .execute();
    }
}
