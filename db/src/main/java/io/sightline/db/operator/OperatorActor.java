package io.sightline.db.operator;

import java.util.Objects;
import java.util.UUID;

/** A platform operator acting: belongs to no workspace, so it is not an {@link io.sightline.db.base.Actor}. */
public record OperatorActor(UUID operatorId) {

    public OperatorActor {
        Objects.requireNonNull(operatorId, "operatorId");
    }
}
