package io.sightline.ui.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.sightline.db.base.Actor;
import io.sightline.db.notification.Notification;
import io.sightline.db.notification.NotificationService;
import io.sightline.db.tracking.TrackingService;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.LiveNotifications;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the app shell: the unread count, the recent notifications (opening it marks them read), and a pop-up for
 * each open as it happens, pushed to this browser tab. Subscribed while attached, so a closed tab leaves nothing behind.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Div {

    static final int RECENT = 10;

    private final transient NotificationService notifications;
    private final transient TrackingService tracking;
    private final transient LiveNotifications live;
    private final transient CurrentUser currentUser;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private transient LiveNotifications.Subscription subscription;
    private Actor actor;
    private int unread;

    public NotificationBell(
            NotificationService notifications,
            TrackingService tracking,
            LiveNotifications live,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.tracking = tracking;
        this.live = live;
        this.currentUser = currentUser;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel("Notifications");
        count.setId("notification-count");
        count.addClassName("notification-count");
        bell.setSuffixComponent(count);

        list.setId("notification-list");
        list.addClassName("notification-list");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.add(new H3("Notifications"), list);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                showRecent();
            }
        });
        add(bell, popover);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (currentUser.isOperator()) {
            // The platform operator sends no tracked emails and hears of nobody's.
            setVisible(false);
            return;
        }
        actor = currentUser.actor();
        setUnread(notifications.unreadCount(actor));
        var ui = event.getUI();
        subscription = live.subscribe(actor, n -> arrived(ui, n));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void arrived(UI ui, Notification n) {
        try {
            ui.access(() -> {
                setUnread(unread + 1);
                new OpenPopup(n, tracking, actor, zone(ui), ui.getLocale()).open();
                if (popover.isOpened()) {
                    showRecent();
                }
            });
        } catch (UIDetachedException gone) {
            onDetach(null);
        }
    }

    private void showRecent() {
        var recent = notifications.recent(actor, RECENT);
        notifications.markAllRead(actor);
        setUnread(0);
        list.removeAll();
        if (recent.isEmpty()) {
            list.add(new Span(
                    "No notifications yet. When someone opens one of your tracked emails, you'll see it here."));
            return;
        }
        var zone = zone(UI.getCurrent());
        var locale = UI.getCurrent().getLocale();
        recent.forEach(n -> list.add(row(n, zone, locale)));
    }

    private static Div row(Notification n, ZoneId zone, java.util.Locale locale) {
        var subject = new Anchor(OpenWords.link(n), n.subject());
        subject.addClassName("notification-subject");
        var who = new Span(OpenWords.opened(n) + " · " + OpenWords.when(n.openedAt(), zone, locale));
        who.addClassName("notification-who");
        var row = new Div(subject, who);
        row.addClassName("notification-row");
        if (!n.read()) {
            row.addClassName("unread");
        }
        return row;
    }

    private void setUnread(int value) {
        unread = value;
        count.setText(value > 99 ? "99+" : Integer.toString(value));
        count.setVisible(value > 0);
    }

    private static ZoneId zone(UI ui) {
        var details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                return ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknown) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }
}
