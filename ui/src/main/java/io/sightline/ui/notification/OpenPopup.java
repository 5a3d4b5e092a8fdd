package io.sightline.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import io.sightline.db.base.Actor;
import io.sightline.db.tracking.TrackingService;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The pop-up of one open: who opened which email when, a link to it, and "Mute notifications", which mutes that email on
 * the spot (its opens are still counted) and offers to undo it.
 */
class OpenPopup extends Notification {

    static final int DURATION_MS = 15_000;

    private final transient TrackingService tracking;
    private final Actor actor;
    private final io.sightline.db.notification.Notification open;
    private final Div actions = new Div();

    OpenPopup(
            io.sightline.db.notification.Notification open,
            TrackingService tracking,
            Actor actor,
            ZoneId zone,
            Locale locale) {
        this.tracking = tracking;
        this.actor = actor;
        this.open = open;
        setPosition(Position.TOP_END);
        setDuration(DURATION_MS);
        addClassName("open-popup");

        var who = new Span(OpenWords.opened(open));
        who.addClassName("open-popup-who");
        var subject = new Span(open.subject());
        subject.addClassName("open-popup-subject");
        var when = new Span(OpenWords.when(open.openedAt(), zone, locale));
        when.addClassName("open-popup-when");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close");
        close.setId("close-notification");

        actions.addClassName("open-popup-actions");
        showMute();

        var text = new Div(who, subject, when);
        text.addClassName("open-popup-text");
        var body = new Div(VaadinIcon.ENVELOPE_OPEN.create(), text, close);
        body.addClassName("open-popup-body");
        var content = new Div(body, actions);
        content.addClassName("open-popup-content");
        content.setId("open-popup");
        add(content);
    }

    private void showMute() {
        var mute = new Button("Mute notifications", VaadinIcon.BELL_SLASH.create(), click -> {
            tracking.setMuted(actor, open.trackedEmailId(), true);
            showMuted();
        });
        mute.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mute.setId("mute-notification");
        actions.removeAll();
        var link = new Anchor(OpenWords.link(open), "Show in My Tracked Emails");
        link.setId("open-popup-link");
        actions.add(mute, link);
    }

    private void showMuted() {
        var done = new Span("Muted: no more pop-ups for this email. Its opens are still counted.");
        done.setId("notification-muted");
        var undo = new Button("Undo", click -> {
            tracking.setMuted(actor, open.trackedEmailId(), false);
            showMute();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo.setId("unmute-notification");
        actions.removeAll();
        actions.add(done, undo);
    }
}
