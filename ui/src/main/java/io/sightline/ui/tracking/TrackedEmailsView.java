package io.sightline.ui.tracking;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.base.Role;
import io.sightline.db.member.MemberService;
import io.sightline.ui.base.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** "My Tracked Emails": the sender's own tracked emails. Until the plan includes tracking, it says how to get it. */
@Route("tracked-emails")
@PageTitle("My Tracked Emails · Sightline")
@PermitAll
public class TrackedEmailsView extends Main {

    public TrackedEmailsView(MemberService members, CurrentUser currentUser) {
        addClassName("page");
        var me = members.me(currentUser.actor());
        add(new H2("My Tracked Emails"));
        if (!me.workspace().trackingEnabled()) {
            add(upgradePrompt(me.user().role() == Role.ADMIN));
        } else {
            add(emptyState());
        }
    }

    private static Div upgradePrompt(boolean admin) {
        var prompt = new Div(
                VaadinIcon.LOCK.create(),
                new H2("Email tracking comes with Professional and Business"),
                new Paragraph("Tracked emails carry an invisible image. When a recipient opens the email with images"
                        + " shown, you see it here: when, how often, and roughly by whom."),
                new Paragraph(
                        admin
                                ? "You're an admin of this workspace: upgrading the plan unlocks tracking for everyone."
                                : "Ask an admin of your workspace to upgrade the plan to unlock tracking."));
        prompt.addClassName("empty-state");
        prompt.setId("tracking-locked");
        return prompt;
    }

    private static Div emptyState() {
        var empty = new Div(
                VaadinIcon.ENVELOPE_OPEN.create(),
                new H2("No tracked emails yet"),
                new Paragraph("Tracked emails you send appear here, newest first."));
        empty.addClassName("empty-state");
        empty.setId("tracking-unlocked");
        return empty;
    }
}
