package io.sightline.ui.tracking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.sightline.ui.base.PixelLinks;

/**
 * The pixel of a new tracked email, ready to paste: the {@code <img>} tag with a copy button, and its bare URL. The token
 * is shown now and never again (only its hash is stored).
 */
final class PixelSnippet extends Div {

    private final TextArea html = new TextArea("Paste this into the email (HTML)");
    private final TextField url = new TextField("Pixel address");
    private final Button copy = new Button("Copy snippet", VaadinIcon.COPY.create());

    PixelSnippet(PixelLinks pixels, String token) {
        addClassName("pixel-snippet");
        html.setId("pixel-html");
        html.setReadOnly(true);
        html.setWidthFull();
        html.setValue(pixels.html(token));
        url.setId("pixel-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setValue(pixels.url(token));
        url.setHelperText("The same image by address, for clients that take an image URL instead of HTML.");
        copy.setId("copy-pixel-html");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", html.getValue())
                .then(
                        Boolean.class,
                        copied -> Notification.show("Snippet copied", 2500, Notification.Position.BOTTOM_START),
                        refused -> Notification.show(
                                "This browser didn't allow copying. Select the snippet and copy it by hand.",
                                5000,
                                Notification.Position.BOTTOM_START)));
        // A click in the snippet selects all of it, for copying by hand.
        html.getElement()
                .addEventListener(
                        "focus",
                        focus -> html.getElement().executeJs("this.inputElement && this.inputElement.select()"));
        var note = new Paragraph("This snippet is shown once: Sightline keeps only a fingerprint of it. Copy it now,"
                + " and insert it into the body of the email you send.");
        note.addClassName("hint");
        add(html, copy, url, note);
    }

    String html() {
        return html.getValue();
    }
}
