package io.sightline.ui.shell;

import com.vaadin.flow.component.html.Span;
import io.sightline.db.workspace.Plan;
import java.util.Locale;

/** The workspace's plan as a small coloured label. */
public class PlanBadge extends Span {

    public PlanBadge() {
        addClassName("plan-badge");
    }

    public void show(Plan plan) {
        setText(plan.label());
        getElement().setAttribute("data-plan", plan.name().toLowerCase(Locale.ROOT));
    }
}
