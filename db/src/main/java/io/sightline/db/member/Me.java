package io.sightline.db.member;

import io.sightline.db.workspace.Workspace;

/** The signed-in user with their workspace: what every client shows first. */
public record Me(Member user, Workspace workspace) {}
