package io.sightline.db.member;

/** A new company signing up: the workspace, and its first user who becomes the owner. Slug optional (suggested). */
public record SignUp(String workspaceName, String workspaceSlug, String name, String email, String password) {}
