package io.sightline.db.base;

/** A user's role in their workspace. Operators are not workspace users and have no role here. */
public enum Role {
    ADMIN,
    MEMBER
}
