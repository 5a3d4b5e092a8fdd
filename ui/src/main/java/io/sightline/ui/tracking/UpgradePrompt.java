package io.sightline.ui.tracking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shown instead of tracking while the plan lacks it (or the workspace is suspended): admins can go and upgrade. */
final class UpgradePrompt extends Div {

    /** The plan page's route; its view lives with the administration screens. */
    static final String PLAN_ROUTE = "admin/plan";

    UpgradePrompt(boolean admin, boolean suspended) {
        addClassName("empty-state");
        setId("tracking-locked");
        add(
                VaadinIcon.LOCK.create(),
                new H2(suspended ? "Email tracking is paused" : "Email tracking comes with Professional and Business"),
                new Paragraph("Tracked emails carry an invisible image. When a recipient opens the email with images"
                        + " shown, you see it here: when, how often, and roughly by whom."));
        if (suspended) {
            add(new Paragraph("This workspace is suspended, so no new emails can be tracked and no opens are"
                    + " recorded. Contact Sightline support to lift the suspension."));
        } else if (admin) {
            add(new Paragraph("You're an admin of this workspace: upgrading the plan unlocks tracking for everyone."));
            var upgrade = new Button("See plans and upgrade", VaadinIcon.ARROW_RIGHT.create());
            upgrade.setId("upgrade-plan");
            upgrade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            upgrade.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PLAN_ROUTE)));
            add(upgrade);
        } else {
            add(new Paragraph("Ask an admin of your workspace to upgrade the plan to unlock tracking."));
        }
    }
}
