package io.sightline.db.invitation;

import io.sightline.db.base.Role;

/** What the accept page shows before anyone is signed in: the invited email, the role and the workspace's name. */
public record InvitationPreview(String email, Role role, String workspaceName) {}
