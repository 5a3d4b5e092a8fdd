package io.sightline.ui.settings;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.base.Actor;
import io.sightline.db.member.MemberService;
import io.sightline.db.member.MemberSettings;
import io.sightline.ui.base.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** A user's own email-tracking preferences, saved as soon as they change. */
@Route("settings/email")
@PageTitle("Email settings · Sightline")
@PermitAll
public class EmailSettingsView extends Main {

    private final transient MemberService members;
    private final Actor actor;
    private final Checkbox trackByDefault = new Checkbox("Track every email by default");
    private final Checkbox notifications = new Checkbox("Email tracking notifications");

    public EmailSettingsView(MemberService members, CurrentUser currentUser) {
        this.members = members;
        this.actor = currentUser.actor();
        addClassNames("page", "settings-page");
        var settings = members.me(actor).user().settings();

        trackByDefault.setId("track-by-default");
        trackByDefault.setValue(settings.trackByDefault());
        trackByDefault.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                saved(members.updateSettings(actor, change.getValue(), null));
            }
        });
        notifications.setId("notifications-enabled");
        notifications.setValue(settings.notificationsEnabled());
        notifications.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                saved(members.updateSettings(actor, null, change.getValue()));
            }
        });

        add(
                new H2("Email settings"),
                section(
                        "When you write an email",
                        trackByDefault,
                        "Your mail client shows a “track this email” box in its compose window. With this on, that box"
                                + " starts ticked, so every email you send is tracked unless you untick it; with it"
                                + " off, you tick it for the emails you want tracked. Mail clients read this setting"
                                + " from Sightline when you sign in (it is part of GET /api/v1/me)."),
                section(
                        "When someone opens your email",
                        notifications,
                        "With this on, Sightline tells you live, in this window and in your mail client, each time a"
                                + " person opens one of your tracked emails. Turning it off stops every such pop-up;"
                                + " opens are still recorded and counted in My Tracked Emails. To silence one email"
                                + " only, mute it there instead."));
    }

    private static Div section(String title, Checkbox box, String explanation) {
        var text = new Paragraph(explanation);
        text.addClassName("hint");
        var section = new Div(new H3(title), box, text);
        section.addClassName("settings-section");
        return section;
    }

    private void saved(MemberSettings settings) {
        trackByDefault.setValue(settings.trackByDefault());
        notifications.setValue(settings.notificationsEnabled());
        var toast = Notification.show("Settings saved", 2500, Notification.Position.BOTTOM_START);
        toast.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        toast.setId("settings-saved");
    }
}
