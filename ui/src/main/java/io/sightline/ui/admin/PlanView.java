package io.sightline.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.base.ProblemException;
import io.sightline.db.plan.PlanService;
import io.sightline.db.plan.PlanState;
import io.sightline.db.workspace.Plan;
import io.sightline.ui.base.Confirmation;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.Feedback;
import io.sightline.ui.base.ViewRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The workspace plan: the three side by side, and switching with a confirmation that says what changes for whom. */
@Route("admin/plan")
@PageTitle("Plan · Sightline")
@RolesAllowed(ViewRoles.ADMIN)
public class PlanView extends Main {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final transient PlanService plans;
    private final transient CurrentUser currentUser;
    private final Paragraph current = new Paragraph();
    private final Div cards = new Div();

    public PlanView(PlanService plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("page");
        current.setId("current-plan");
        cards.addClassName("plan-cards");
        add(new H2("Plan"), current, cards);
        show(plans.current(currentUser.actor()));
    }

    private void show(PlanState state) {
        current.setText("Your workspace is on " + state.plan().label() + " since " + DAY.format(state.changedAt())
                + (state.trackingEnabled() ? ". Email tracking is on." : ". Email tracking is off."));
        cards.removeAll();
        for (var plan : Plan.values()) {
            cards.add(new PlanCard(plan, plan == state.plan(), () -> confirm(state.plan(), plan)));
        }
    }

    private void confirm(Plan from, Plan to) {
        new Confirmation(
                        "Switch to " + to.label() + "?",
                        consequences(from, to),
                        "Switch to " + to.label(),
                        from.trackingEnabled() && !to.trackingEnabled(),
                        () -> {
                            try {
                                show(plans.change(currentUser.actor(), to));
                                Feedback.done("Your workspace is now on " + to.label());
                            } catch (ProblemException refused) {
                                Feedback.refused(refused.getMessage());
                            }
                        })
                .open();
    }

    static String consequences(Plan from, Plan to) {
        if (from.trackingEnabled() && !to.trackingEnabled()) {
            return "Tracking stops for everyone in the workspace at once: nobody can send new tracked emails and"
                    + " opens are no longer recorded. Each sender can still read the history of their own tracked"
                    + " emails.";
        }
        if (!from.trackingEnabled() && to.trackingEnabled()) {
            return "Email tracking is unlocked for everyone in the workspace at once: every member can send tracked"
                    + " emails and see when they are opened. Only the sender ever sees an email's opens, admins"
                    + " included.";
        }
        return "Tracking stays on for everyone; nothing changes for your members' tracked emails.";
    }
}
