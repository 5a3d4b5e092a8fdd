package io.sightline.ui.tracking;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.member.MemberService;
import io.sightline.db.tracking.TrackedEmailQuery;
import io.sightline.db.tracking.TrackingService;
import io.sightline.db.workspace.WorkspaceStatus;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.LiveNotifications;
import io.sightline.ui.base.PixelLinks;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * "My Tracked Emails": the sender's own tracked emails, and nobody else's. Without tracking in the plan it says how to
 * get it, and still shows the history of emails tracked before a downgrade.
 */
@Route("tracked-emails")
@PageTitle("My Tracked Emails · Sightline")
@PermitAll
public class TrackedEmailsView extends Main implements AfterNavigationObserver {

    private TrackedEmailsPanel panel;

    public TrackedEmailsView(
            MemberService members,
            TrackingService tracking,
            CurrentUser currentUser,
            PixelLinks pixels,
            LiveNotifications live) {
        addClassName("page");
        var actor = currentUser.actor();
        var me = members.me(actor);
        add(new H2("My Tracked Emails"));
        if (me.workspace().trackingEnabled()) {
            panel = new TrackedEmailsPanel(tracking, pixels, live, actor, true);
            panel.setId("tracking-unlocked");
            add(panel);
            return;
        }
        add(new UpgradePrompt(actor.isAdmin(), me.workspace().status() == WorkspaceStatus.SUSPENDED));
        if (tracking.count(actor, TrackedEmailQuery.all()) > 0) {
            panel = new TrackedEmailsPanel(tracking, pixels, live, actor, false);
            panel.setId("tracking-history");
            add(panel);
        }
    }

    /** {@code tracked-emails?email=<id>}, the link of an open's pop-up, opens that email's detail. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var wanted = event.getLocation().getQueryParameters().getSingleParameter("email");
        if (panel == null || wanted.isEmpty()) {
            return;
        }
        try {
            panel.openDetail(UUID.fromString(wanted.get()));
        } catch (IllegalArgumentException notAnId) {
            // a mangled link: show the list as it is
        }
    }
}
