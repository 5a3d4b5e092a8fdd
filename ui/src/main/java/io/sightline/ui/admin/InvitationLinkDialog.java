package io.sightline.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.sightline.db.invitation.IssuedInvitation;
import io.sightline.ui.base.Feedback;
import io.sightline.ui.base.InvitationLinks;

/**
 * Shows a just-made invitation link with a copy button. It is the only time the link can be shown: only its hash is
 * kept, so a lost link is replaced with "New link", never looked up.
 */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(IssuedInvitation issued, InvitationLinks links) {
        var email = issued.invitation().email();
        setHeaderTitle("Invitation for " + email);
        var url = links.acceptUrl(issued.token());
        add(new Paragraph(
                links.mailed()
                        ? "We've emailed this link to " + email + ". You can also pass it on yourself:"
                        : "Mail isn't set up on this server, so send this link to " + email + " yourself:"));
        var link = new TextField();
        link.setId("invitation-link");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        var copy = new Button("Copy", VaadinIcon.COPY.create(), click -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Feedback.done("Link copied");
        });
        copy.setId("copy-invitation-link");
        var row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(row, new Paragraph("It works once, for 7 days. Inviting the same email again replaces it."));
        var done = new Button("Done", click -> close());
        done.setId("invitation-link-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(40rem, 95vw)");
    }
}
