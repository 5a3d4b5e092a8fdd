package io.sightline.ui.member;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with email and password; the form posts to Spring Security's /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sightline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("auth-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        var signUp = new Paragraph("New to Sightline? ");
        signUp.add(new Anchor("signup", "Create a workspace"));
        signUp.setId("signup-link");

        var card = new Div(new H1("Sightline"), form, signUp);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            form.setI18n(i18n(true));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    private static LoginI18n i18n(boolean locked) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        var error = i18n.getErrorMessage();
        if (locked) {
            error.setTitle("Too many attempts");
            error.setMessage("Sign-in is paused for this account or network. Wait 15 minutes and try again.");
        } else {
            error.setTitle("Wrong email or password");
            error.setMessage("Check both and try again. Deactivated accounts can't sign in: ask your admin.");
        }
        return i18n;
    }
}
