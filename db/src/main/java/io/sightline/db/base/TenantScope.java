package io.sightline.db.base;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries the actor into PostgreSQL as transaction-local settings, which the row-level security policies read. Outside a
 * transaction the settings would vanish after one statement, so that is refused outright.
 */
@Component
public class TenantScope {

    private final DSLContext db;

    public TenantScope(DSLContext db) {
        this.db = db;
    }

    public void enter(Actor actor) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "TenantScope.enter needs a transaction: call it from a @Transactional method");
        }
        db.select(
                        setLocal("sightline.workspace_id", actor.workspaceId().toString()),
                        setLocal("sightline.user_id", actor.userId().toString()))
                .fetch();
    }

    private static Field<String> setLocal(String name, String value) {
        return field("set_config({0}, {1}, true)", String.class, val(name), val(value));
    }
}
