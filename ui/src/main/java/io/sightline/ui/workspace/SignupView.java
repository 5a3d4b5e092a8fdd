package io.sightline.ui.workspace;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.RateLimitedException;
import io.sightline.db.base.ValidationException;
import io.sightline.db.member.SignUp;
import io.sightline.db.member.SignUpService;
import io.sightline.db.workspace.Slugs;
import io.sightline.ui.base.Accounts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signing up a company: workspace name (the address is suggested from it and stays editable), your name, email and
 * password, checked as you go with the same rules the API applies.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Create your workspace · Sightline")
@AnonymousAllowed
public class SignupView extends Main {

    private final transient Accounts accounts;
    private final TextField workspaceName = new TextField("Company or team name");
    private final TextField workspaceSlug = new TextField("Workspace address");
    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("Work email");
    private final PasswordField password = new PasswordField("Password");
    private final Button create = new Button("Create workspace");
    private final Map<String, HasValidation> fields = Map.of(
            "workspaceName", workspaceName,
            "workspaceSlug", workspaceSlug,
            "name", name,
            "email", email,
            "password", password);
    private final Set<String> touched = new HashSet<>();
    private boolean slugEdited;

    public SignupView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("auth-page");

        workspaceName.setId("workspace-name");
        workspaceSlug.setId("workspace-slug");
        workspaceSlug.setPrefixComponent(new Div("sightline/"));
        workspaceSlug.setHelperText(
                "Lowercase letters, digits and dashes. Suggested from the name; change it if you like.");
        name.setId("name");
        email.setId("email");
        password.setId("password");
        password.setHelperText("At least 12 characters.");
        create.setId("create-workspace");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> submit());

        workspaceName.setValueChangeMode(ValueChangeMode.EAGER);
        workspaceName.addValueChangeListener(change -> {
            if (!slugEdited) {
                workspaceSlug.setValue(change.getValue().isBlank() ? "" : Slugs.suggest(change.getValue()));
            }
        });
        workspaceSlug.addValueChangeListener(change -> slugEdited |= change.isFromClient());
        fields.forEach((field, component) -> watch(field, (AbstractField<?, ?>) component));

        var form = new FormLayout(workspaceName, workspaceSlug, name, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var signIn = new Paragraph("Already have an account? ");
        signIn.add(new Anchor("login", "Sign in"));

        var card = new Div(
                new H1("Create your workspace"),
                new Paragraph("Start on the Basic plan; upgrade any time to track email opens."),
                form,
                create,
                signIn);
        card.addClassName("auth-card");
        add(card);
    }

    private void watch(String field, AbstractField<?, ?> component) {
        ((Component) component).getElement().addEventListener("blur", blur -> {
            touched.add(field);
            showErrors(SignUpService.check(request()), touched);
        });
        component.addValueChangeListener(change -> {
            if (touched.contains(field)) {
                showErrors(SignUpService.check(request()), touched);
            }
        });
    }

    private void submit() {
        touched.addAll(fields.keySet());
        var problems = SignUpService.check(request());
        showErrors(problems, touched);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            accounts.signUp(request());
            accounts.signIn(email.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("tracked-emails"));
        } catch (ValidationException invalid) {
            showErrors(invalid.violations(), touched);
        } catch (ConflictException conflict) {
            var field = conflict.slug().equals("slug-taken") ? workspaceSlug : email;
            field.setErrorMessage(conflict.getMessage());
            field.setInvalid(true);
        } catch (RateLimitedException limited) {
            Notification.show(limited.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private SignUp request() {
        return new SignUp(
                workspaceName.getValue(),
                workspaceSlug.getValue(),
                name.getValue(),
                email.getValue(),
                password.getValue());
    }

    private void showErrors(List<FieldViolation> problems, Set<String> shown) {
        fields.forEach((field, component) -> {
            var message = problems.stream()
                    .filter(p -> p.field().equals(field))
                    .map(FieldViolation::message)
                    .findFirst();
            var show = shown.contains(field) && message.isPresent();
            component.setErrorMessage(message.orElse(null));
            component.setInvalid(show);
        });
    }
}
