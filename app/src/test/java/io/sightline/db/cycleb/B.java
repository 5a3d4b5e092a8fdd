package io.sightline.db.cycleb;

import io.sightline.db.cyclea.A;

/** The other half of a deliberate cycle between two feature packages (test fixture). */
public class B {
    A a;
}
