package io.sightline.ui.base;

import io.sightline.db.base.Actor;
import io.sightline.db.operator.OperatorActor;
import java.util.Optional;

/** Who is signed in to this UI session: a workspace user (as an actor for the services) or the platform operator. */
public interface CurrentUser {

    /** The workspace user; fails when nobody, or the operator, is signed in. */
    Actor actor();

    /** Present when the platform operator is signed in. */
    Optional<OperatorActor> operator();

    default boolean isOperator() {
        return operator().isPresent();
    }

    default boolean isAdmin() {
        return !isOperator() && actor().isAdmin();
    }
}
