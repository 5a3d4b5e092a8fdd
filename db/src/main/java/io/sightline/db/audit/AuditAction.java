package io.sightline.db.audit;

/** What happened, as the trail records it; the names are the API's {@code action} values. */
public enum AuditAction {
    SIGNED_UP("Workspace created"),
    INVITATION_SENT("Invitation sent"),
    INVITATION_REVOKED("Invitation revoked"),
    INVITATION_ACCEPTED("Invitation accepted"),
    ROLE_CHANGED("Role changed"),
    STATUS_CHANGED("User status changed"),
    OWNERSHIP_TRANSFERRED("Ownership transferred"),
    PLAN_CHANGED("Plan changed"),
    WORKSPACE_SUSPENDED("Workspace suspended"),
    WORKSPACE_REACTIVATED("Workspace reactivated");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
