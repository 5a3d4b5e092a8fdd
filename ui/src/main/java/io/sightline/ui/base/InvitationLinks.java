package io.sightline.ui.base;

/** Turns an invitation token into the link people open, and says whether invitations are mailed (SMTP configured). */
public interface InvitationLinks {

    String acceptUrl(String token);

    boolean mailed();
}
