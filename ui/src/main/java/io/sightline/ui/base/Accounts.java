package io.sightline.ui.base;

import io.sightline.db.member.SignUp;
import io.sightline.db.member.SignedUp;

/** Session-level account actions the views need from the web layer: rate-limited sign-up and signing in. */
public interface Accounts {

    /** Signs a workspace up, within the per-address sign-up limit. */
    SignedUp signUp(SignUp request);

    /** Signs the current browser session in, as the login form would. */
    void signIn(String email, String password);
}
