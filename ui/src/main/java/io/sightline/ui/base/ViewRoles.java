package io.sightline.ui.base;

/** Role names as {@code @RolesAllowed} on views reads them (Spring Security adds the ROLE_ prefix). */
public final class ViewRoles {

    public static final String ADMIN = "ADMIN";
    public static final String OPERATOR = "OPERATOR";

    private ViewRoles() {}
}
