package io.sightline.db.invitation;

/** An invitation just made (or renewed), with its token: the only moment the token exists outside the link. */
public record IssuedInvitation(Invitation invitation, String token) {}
