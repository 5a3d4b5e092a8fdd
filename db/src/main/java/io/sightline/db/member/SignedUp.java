package io.sightline.db.member;

import io.sightline.db.workspace.Workspace;

/** The outcome of a sign-up: the new workspace and its owner. */
public record SignedUp(Workspace workspace, Member owner) {}
