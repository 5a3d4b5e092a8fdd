package io.sightline.db.operator;

import java.util.UUID;

/** What sign-in needs to know about an operator's account. */
public record OperatorLogin(UUID operatorId, String email, String passwordHash) {

    public OperatorActor actor() {
        return new OperatorActor(operatorId);
    }
}
