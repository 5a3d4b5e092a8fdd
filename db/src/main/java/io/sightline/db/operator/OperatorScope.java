package io.sightline.db.operator;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Like {@link io.sightline.db.base.TenantScope}, for the operator: sets {@code sightline.operator_id} for the transaction
 * and clears the workspace settings, so only the operator policies (workspaces, user counts, audit appends) apply.
 */
@Component
public class OperatorScope {

    private final DSLContext db;

    public OperatorScope(DSLContext db) {
        this.db = db;
    }

    public void enter(OperatorActor operator) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "OperatorScope.enter needs a transaction: call it from a @Transactional method");
        }
        db.select(
                        setLocal("sightline.operator_id", operator.operatorId().toString()),
                        setLocal("sightline.workspace_id", ""),
                        setLocal("sightline.user_id", ""))
                .fetch();
    }

    private static Field<String> setLocal(String name, String value) {
        return field("set_config({0}, {1}, true)", String.class, val(name), val(value));
    }
}
