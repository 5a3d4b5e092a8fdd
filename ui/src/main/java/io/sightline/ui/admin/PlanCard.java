package io.sightline.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.sightline.db.workspace.Plan;
import java.util.List;
import java.util.Locale;

/** One plan side by side with the others: what it unlocks, and the button to switch to it (unless it is current). */
class PlanCard extends Div {

    PlanCard(Plan plan, boolean current, Runnable choose) {
        addClassName("plan-card");
        setId("plan-" + plan.name().toLowerCase(Locale.ROOT));
        if (current) {
            addClassName("current");
        }
        add(new H3(plan.label()), new Paragraph(summary(plan)));
        var features = new UnorderedList();
        features(plan).forEach(f -> features.add(new ListItem(f)));
        add(features);
        if (current) {
            var badge = new Span("Your plan");
            badge.addClassName("current-plan");
            add(badge);
        } else {
            var button = new Button("Switch to " + plan.label(), click -> choose.run());
            button.setId("choose-" + plan.name().toLowerCase(Locale.ROOT));
            button.addThemeVariants(plan.trackingEnabled() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            add(button);
        }
    }

    static String summary(Plan plan) {
        return switch (plan) {
            case BASIC -> "For getting started: your team and its admins, without tracking.";
            case PROFESSIONAL -> "Email open tracking for everyone in the workspace.";
            case BUSINESS -> "Everything in Professional, for larger teams that want it all.";
        };
    }

    static List<String> features(Plan plan) {
        var common = List.of("Unlimited users and invitations", "Admin roles and audit trail");
        return switch (plan) {
            case BASIC -> List.of(common.get(0), common.get(1), "No email tracking");
            case PROFESSIONAL ->
                List.of(
                        common.get(0),
                        common.get(1),
                        "Tracked emails with open history",
                        "Live open notifications",
                        "Machine opens (privacy proxies, scanners) told apart");
            case BUSINESS ->
                List.of(
                        common.get(0),
                        common.get(1),
                        "Everything in Professional",
                        "Priority support from the Sightline team");
        };
    }
}
