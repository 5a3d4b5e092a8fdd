package io.sightline.db.member;

/**
 * A user's own email-tracking preferences: whether a mail client's "track this email" box starts ticked, and whether
 * opens raise notifications.
 */
public record MemberSettings(boolean trackByDefault, boolean notificationsEnabled) {}
