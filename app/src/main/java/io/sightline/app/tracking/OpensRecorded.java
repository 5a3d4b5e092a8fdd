package io.sightline.app.tracking;

import io.sightline.db.tracking.OpenRecord;
import java.util.List;

/** Published after opens are stored for the first time (never again for a replay), e.g. for notifications. */
public record OpensRecorded(List<OpenRecord> opens) {}
