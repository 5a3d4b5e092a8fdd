package io.sightline.ui.base;

import io.sightline.db.base.Actor;

/** The signed-in workspace user of this UI session, as an actor for the services. */
public interface CurrentUser {

    /** The actor; fails when nobody is signed in (views that call it are never shown to anonymous users). */
    Actor actor();
}
