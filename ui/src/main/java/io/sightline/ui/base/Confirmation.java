package io.sightline.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a consequential change, saying exactly what will happen; the confirm button names the action. */
public class Confirmation extends Dialog {

    public Confirmation(String title, String explanation, String action, boolean dangerous, Runnable onConfirm) {
        setHeaderTitle(title);
        var text = new Paragraph(explanation);
        text.setId("confirm-text");
        add(text);
        var confirm = new Button(action, click -> {
            close();
            onConfirm.run();
        });
        confirm.setId("confirm-action");
        confirm.addThemeVariants(dangerous ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        cancel.setId("confirm-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
