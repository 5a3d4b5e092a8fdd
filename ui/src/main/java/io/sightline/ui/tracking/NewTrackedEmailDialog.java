package io.sightline.ui.tracking;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.sightline.db.base.Actor;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.base.ValidationException;
import io.sightline.db.tracking.NewTrackedEmail;
import io.sightline.db.tracking.TrackingService;
import io.sightline.ui.base.PixelLinks;
import java.util.List;
import java.util.Map;

/**
 * "New tracked email": subject, recipients and an optional Message-ID; once created, the pixel snippet to paste. Errors
 * are the data layer's own, shown on their fields.
 */
final class NewTrackedEmailDialog extends Dialog {

    private final transient TrackingService tracking;
    private final transient PixelLinks pixels;
    private final Actor sender;
    private final Runnable created;
    private final TextField subject = new TextField("Subject");
    private final TextArea recipients = new TextArea("Recipients");
    private final TextField messageId = new TextField("Message-ID (optional)");
    private final Button create = new Button("Create tracked email");
    private final Button close = new Button("Cancel", click -> close());
    private final FormLayout form = new FormLayout(subject, recipients, messageId);

    NewTrackedEmailDialog(TrackingService tracking, PixelLinks pixels, Actor sender, Runnable created) {
        this.tracking = tracking;
        this.pixels = pixels;
        this.sender = sender;
        this.created = created;
        setId("new-tracked-email-dialog");
        setHeaderTitle("New tracked email");
        setWidth("min(40rem, 95vw)");
        subject.setId("subject");
        subject.setMaxLength(TrackingService.SUBJECT_MAX);
        recipients.setId("recipients");
        recipients.setHelperText(
                "Separate addresses with commas or new lines (up to " + TrackingService.RECIPIENTS_MAX + ").");
        messageId.setId("message-id");
        subject.setManualValidation(true);
        recipients.setManualValidation(true);
        messageId.setManualValidation(true);
        messageId.setHelperText("The email's Message-ID header, if your mail client shows it: it links the two.");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        create.setId("create-tracked-email");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> submit());
        close.setId("close-new-tracked-email");
        add(form);
        getFooter().add(close, create);
    }

    private void submit() {
        clearErrors();
        try {
            var result = tracking.create(
                    sender,
                    new NewTrackedEmail(
                            subject.getValue(), Recipients.parse(recipients.getValue()), messageId.getValue(), false));
            removeAll();
            add(new PixelSnippet(pixels, result.token()));
            setHeaderTitle("Tracking “" + result.email().subject() + "”");
            create.setVisible(false);
            close.setText("Done");
            created.run();
        } catch (ValidationException invalid) {
            showErrors(invalid.violations());
        } catch (ForbiddenException forbidden) {
            subject.setErrorMessage(forbidden.getMessage());
            subject.setInvalid(true);
        }
    }

    private void showErrors(List<FieldViolation> violations) {
        Map<String, HasValidation> fields =
                Map.of("subject", subject, "recipients", recipients, "messageId", messageId);
        for (var violation : violations) {
            var name = violation.field().startsWith("recipients") ? "recipients" : violation.field();
            var field = fields.get(name);
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        }
    }

    private void clearErrors() {
        for (var field : List.<HasValidation>of(subject, recipients, messageId)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
