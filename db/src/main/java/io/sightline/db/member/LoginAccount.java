package io.sightline.db.member;

import io.sightline.db.base.Actor;
import io.sightline.db.base.Role;
import io.sightline.db.workspace.WorkspaceStatus;
import java.util.UUID;

/** What sign-in needs to know about an email's account, before anyone is signed in. */
public record LoginAccount(
        UUID userId,
        UUID workspaceId,
        String email,
        String passwordHash,
        Role role,
        boolean owner,
        UserStatus userStatus,
        WorkspaceStatus workspaceStatus) {

    /** Deactivated users and users of suspended workspaces can't sign in. */
    public boolean maySignIn() {
        return userStatus == UserStatus.ACTIVE && workspaceStatus == WorkspaceStatus.ACTIVE;
    }

    public Actor actor() {
        return new Actor(workspaceId, userId, role);
    }
}
