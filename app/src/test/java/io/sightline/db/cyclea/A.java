package io.sightline.db.cyclea;

import io.sightline.db.cycleb.B;

/** Half of a deliberate cycle between two feature packages (test fixture). */
public class A {
    B b;
}
