package io.sightline.db.operator;

import java.util.List;

/** One page of workspaces, newest first; {@code nextCursor} is null on the last page. */
public record WorkspacePage(List<WorkspaceSummary> items, String nextCursor) {}
