package io.sightline.db.member;

/** A deactivated user keeps their history but can't sign in. */
public enum UserStatus {
    ACTIVE,
    DEACTIVATED
}
