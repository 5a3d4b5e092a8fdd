package io.sightline.app.security;

/** Authority names: Spring's ROLE_ prefix before a workspace role, or the platform operator. */
public final class Roles {

    public static final String PREFIX = "ROLE_";
    public static final String ADMIN = "ADMIN";
    public static final String MEMBER = "MEMBER";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {}
}
