package io.sightline.ui.invitation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.ValidationException;
import io.sightline.db.base.Violations;
import io.sightline.db.invitation.InvitationPreview;
import io.sightline.db.invitation.InvitationService;
import io.sightline.db.member.MemberRules;
import io.sightline.ui.base.Accounts;
import java.util.List;

/** The page an invitation link opens: choose your name and password, and you are in, signed in. */
@Route(value = "invitations/:token", autoLayout = false)
@PageTitle("Join your team · Sightline")
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    private final transient InvitationService invitations;
    private final transient Accounts accounts;
    private final Div card = new Div();
    private final TextField name = new TextField("Your name");
    private final PasswordField password = new PasswordField("Choose a password");
    private String token;

    public AcceptInvitationView(InvitationService invitations, Accounts accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
        addClassName("auth-page");
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        invitations.preview(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(InvitationPreview invitation) {
        name.setId("accept-name");
        password.setId("accept-password");
        password.setHelperText("At least 12 characters.");
        var email = new TextField("Email");
        email.setValue(invitation.email());
        email.setReadOnly(true);
        email.setId("accept-email");
        var form = new FormLayout(email, name, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var join = new Button("Join " + invitation.workspaceName(), click -> accept(invitation));
        join.setId("accept-invitation");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        card.add(
                new H1("Join " + invitation.workspaceName()),
                new Paragraph(
                        "You're invited as " + (invitation.role().name().equals("ADMIN") ? "an admin" : "a member")
                                + ". Choose how you'll sign in."),
                form,
                join);
    }

    private void showInvalid() {
        var text = new Paragraph("This invitation link doesn't work any more: it was used, revoked, replaced by a"
                + " newer one, or is older than 7 days. Ask an admin of your workspace for a new invitation.");
        text.setId("invitation-invalid");
        var signIn = new Paragraph();
        signIn.add(new Anchor("login", "Sign in"), new Paragraph(" if you already have an account."));
        card.add(new H1("Invitation not valid"), text, signIn);
    }

    private void accept(InvitationPreview invitation) {
        var problems = new Violations()
                .add(MemberRules.checkName("name", name.getValue()))
                .add(MemberRules.checkPassword("password", password.getValue()))
                .list();
        show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            invitations.accept(token, name.getValue(), password.getValue());
            accounts.signIn(invitation.email(), password.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("tracked-emails"));
        } catch (ValidationException invalid) {
            show(invalid.violations());
        } catch (NotFoundException | ConflictException gone) {
            card.removeAll();
            showInvalid();
        }
    }

    private void show(List<FieldViolation> problems) {
        showOn(name, "name", problems);
        showOn(password, "password", problems);
    }

    private static void showOn(
            com.vaadin.flow.component.HasValidation field, String key, List<FieldViolation> problems) {
        var message = problems.stream()
                .filter(p -> p.field().equals(key))
                .map(FieldViolation::message)
                .findFirst();
        field.setErrorMessage(message.orElse(null));
        field.setInvalid(message.isPresent());
    }
}
