package io.sightline.db.workspace;

/** A suspended workspace (by the platform operator) can't sign in, and its pixels record nothing. */
public enum WorkspaceStatus {
    ACTIVE,
    SUSPENDED
}
