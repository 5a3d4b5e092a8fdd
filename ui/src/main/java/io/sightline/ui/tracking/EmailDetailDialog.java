package io.sightline.ui.tracking;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import io.sightline.db.base.Actor;
import io.sightline.db.tracking.EmailOpen;
import io.sightline.db.tracking.TrackedEmail;
import io.sightline.db.tracking.TrackingService;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One tracked email in full: its opens over time, every open with when, who (roughly), the client and the network, and
 * the machine fetches shown for what they are. Muting here stops its notifications.
 */
final class EmailDetailDialog extends Dialog {

    private final transient TrackingService tracking;
    private final Actor sender;
    private final ZoneId zone;
    private final SerializableConsumer<TrackedEmail> changed;
    private final Div summary = new Div();
    private final Svg chart = new Svg();
    private final Grid<EmailOpen> opens = new Grid<>();
    private final Button mute = new Button();
    private TrackedEmail email;

    EmailDetailDialog(
            TrackingService tracking,
            Actor sender,
            TrackedEmail email,
            ZoneId zone,
            SerializableConsumer<TrackedEmail> changed) {
        this.tracking = tracking;
        this.sender = sender;
        this.zone = zone;
        this.changed = changed;
        setId("email-detail");
        setWidth("min(56rem, 96vw)");
        summary.addClassName("detail-summary");
        chart.addClassName("opens-chart-box");
        configureOpens();
        mute.setId("mute-toggle");
        mute.addClickListener(click -> toggleMute());
        var close = new Button("Close", click -> close());
        close.setId("close-detail");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(summary, new H3("Opens over time"), chart, new H3("Every open"), opens);
        getFooter().add(mute, close);
        show(email);
    }

    private void configureOpens() {
        opens.setId("email-opens");
        opens.setHeight("18rem");
        opens.setEmptyStateText("No opens yet. Opens appear when a recipient views the email with images shown.");
        opens.addColumn(open -> Ago.relative(open.openedAt(), Instant.now(), zone))
                .setHeader("When")
                .setAutoWidth(true)
                .setTooltipGenerator(open -> Ago.absolute(open.openedAt(), zone));
        opens.addColumn(LitRenderer.<EmailOpen>of("<span class=\"open-who\">${item.label}</span>"
                                + "<span class=\"machine-badge\">${item.badge}</span>")
                        .withProperty("label", open -> open.source().label())
                        .withProperty("badge", open -> open.countsAsOpen() ? "" : "machine · not counted"))
                .setHeader("Who (roughly)")
                .setFlexGrow(2);
        opens.addColumn(open -> ClientNames.describe(open.userAgent()))
                .setHeader("Client")
                .setFlexGrow(2)
                .setTooltipGenerator(open -> open.userAgent() == null ? "No user agent sent" : open.userAgent());
        opens.addColumn(open -> open.network() == null ? "—" : open.network())
                .setHeader("Network")
                .setAutoWidth(true);
        opens.setPartNameGenerator(open -> open.countsAsOpen() ? "view" : "machine-fetch");
    }

    private void show(TrackedEmail shown) {
        this.email = shown;
        setHeaderTitle(shown.subject());
        var history = tracking.opens(sender, shown.id());
        summary.removeAll();
        summary.add(
                line("To", Recipients.show(shown.recipients())),
                line("Sent", Ago.absolute(shown.createdAt(), zone)),
                line(
                        "Views",
                        shown.openCount()
                                + (shown.machineFetchCount() > 0
                                        ? " · plus " + shown.machineFetchCount() + " machine fetch"
                                                + (shown.machineFetchCount() == 1 ? "" : "es") + " (not counted)"
                                        : "")));
        if (shown.messageId() != null) {
            summary.add(line("Message-ID", shown.messageId()));
        }
        if (shown.muted()) {
            summary.add(new Paragraph("Muted: you get no notifications for this email. Its views are still recorded."));
        }
        chart.setSvg(OpensChart.svg(history, shown.createdAt(), Instant.now(), zone));
        opens.setItems(history);
        mute.setText(shown.muted() ? "Unmute notifications" : "Mute notifications");
    }

    private void toggleMute() {
        var updated = tracking.setMuted(sender, email.id(), !email.muted());
        show(updated);
        changed.accept(updated);
    }

    private static Div line(String name, String value) {
        var label = new Span(name);
        label.addClassName("detail-label");
        var line = new Div(label, new Span(value));
        line.addClassName("detail-line");
        return line;
    }
}
