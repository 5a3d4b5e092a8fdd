package io.sightline.ui.tracking;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import io.sightline.db.tracking.TrackedEmail;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The sender's tracked emails, one row each: status dot, subject, recipients, sent, views and the last open. Every dot and
 * views cell carries the email id ({@code data-email-id}) so that scripts and tests can find a row.
 */
final class TrackedEmailGrid extends Grid<TrackedEmail> {

    static final String NOTHING_TRACKED =
            "No tracked emails yet. Create one with “New tracked email”, or check tracking works with “Send a test”.";

    private final Column<TrackedEmail> actions;

    TrackedEmailGrid(ZoneId zone, SerializableConsumer<TrackedEmail> toggleMute) {
        addClassName("tracked-emails");
        setId("tracked-emails-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(NOTHING_TRACKED);

        addColumn(LitRenderer.<TrackedEmail>of(
                                "<span class=\"status-dot status-${item.status}\" data-email-id=\"${item.id}\""
                                        + " title=\"${item.meaning}\" role=\"img\" aria-label=\"${item.meaning}\"></span>")
                        .withProperty("status", StatusDots::status)
                        .withProperty("meaning", StatusDots::describe)
                        .withProperty("id", email -> email.id().toString()))
                .setHeader("")
                .setWidth("3.5rem")
                .setFlexGrow(0);
        addColumn(LitRenderer.<TrackedEmail>of("<span class=\"test-badge\">${item.badge}</span>"
                                + "<span class=\"subject\">${item.subject}</span>")
                        .withProperty("subject", TrackedEmail::subject)
                        .withProperty("badge", email -> email.test() ? "Test" : ""))
                .setHeader("Subject")
                .setFlexGrow(3)
                .setTooltipGenerator(TrackedEmail::subject);
        addColumn(email -> Recipients.show(email.recipients()))
                .setHeader("Recipients")
                .setFlexGrow(2)
                .setTooltipGenerator(email -> Recipients.show(email.recipients()));
        addColumn(email -> Ago.relative(email.createdAt(), Instant.now(), zone))
                .setHeader("Sent")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(email -> Ago.absolute(email.createdAt(), zone));
        addColumn(LitRenderer.<TrackedEmail>of(
                                "<span class=\"views\" data-email-id=\"${item.id}\">${item.views}</span>")
                        .withProperty("id", email -> email.id().toString())
                        .withProperty("views", TrackedEmail::openCount))
                .setHeader("Views")
                .setWidth("5rem")
                .setFlexGrow(0);
        addColumn(LitRenderer.<TrackedEmail>of("<span class=\"last-open\">${item.when}</span>"
                                + "<span class=\"open-label\">${item.label}</span>")
                        .withProperty("when", email -> lastOpened(email, zone))
                        .withProperty(
                                "label",
                                email -> email.lastOpenSource() == null
                                        ? ""
                                        : email.lastOpenSource().label()))
                .setHeader("Last opened")
                .setFlexGrow(2)
                .setTooltipGenerator(email ->
                        email.lastOpenedAt() == null ? "Not opened yet" : Ago.absolute(email.lastOpenedAt(), zone));
        actions = addColumn(LitRenderer.<TrackedEmail>of(
                                "<vaadin-button theme=\"tertiary small\" class=\"row-mute\" data-email-id=\"${item.id}\""
                                        + " @click=\"${toggle}\">${item.action}</vaadin-button>")
                        .withProperty("id", email -> email.id().toString())
                        .withProperty("action", email -> email.muted() ? "Unmute" : "Mute")
                        .withFunction("toggle", toggleMute::accept))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** Clicks on the row's own buttons should not also open the detail panel. */
    boolean isActionColumn(Column<TrackedEmail> column) {
        return column == actions;
    }

    private static String lastOpened(TrackedEmail email, ZoneId zone) {
        return email.lastOpenedAt() == null ? "—" : Ago.relative(email.lastOpenedAt(), Instant.now(), zone);
    }
}
