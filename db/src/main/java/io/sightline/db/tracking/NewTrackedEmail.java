package io.sightline.db.tracking;

import java.util.List;

/** What a sender (or their mail client) says about an email about to be tracked. {@code test} marks "Send a test". */
public record NewTrackedEmail(String subject, List<String> recipients, String messageId, boolean test) {}
