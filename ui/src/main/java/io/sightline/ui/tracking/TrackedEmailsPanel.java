package io.sightline.ui.tracking;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import io.sightline.db.base.Actor;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.tracking.TrackedEmail;
import io.sightline.db.tracking.TrackedEmailQuery;
import io.sightline.db.tracking.TrackedEmailQuery.Filter;
import io.sightline.db.tracking.TrackingService;
import io.sightline.ui.base.LiveNotifications;
import io.sightline.ui.base.PixelLinks;
import io.sightline.ui.help.TrackingHelpView;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The list itself: actions, the colour legend, filter and search, and the grid. With {@code canCreate} false (the plan
 * lost tracking) the history stays readable, but nothing new can be tracked. While shown, every counted open updates its
 * email's row in place (dot, views, last opened), pushed like the pop-up, muted emails included.
 */
final class TrackedEmailsPanel extends Div {

    private final transient TrackingService tracking;
    private final transient PixelLinks pixels;
    private final transient LiveNotifications live;
    private transient LiveNotifications.Subscription subscription;
    private final Actor sender;
    private final ZoneId zone = Zones.ofBrowser();
    private final TrackedEmailRows rows;
    private final TrackedEmailGrid grid;
    private final Map<Tab, Filter> filters = new LinkedHashMap<>();
    private final Tabs filterTabs = new Tabs();
    private final TextField search = new TextField();

    TrackedEmailsPanel(
            TrackingService tracking, PixelLinks pixels, LiveNotifications live, Actor sender, boolean canCreate) {
        this.tracking = tracking;
        this.pixels = pixels;
        this.live = live;
        this.sender = sender;
        this.rows = new TrackedEmailRows(tracking, sender);
        this.grid = new TrackedEmailGrid(zone, this::toggleMute);
        addClassName("tracked-emails-panel");
        grid.setItems(rows);
        grid.addItemClickListener(click -> {
            if (!grid.isActionColumn(click.getColumn())) {
                openDetail(click.getItem());
            }
        });
        add(actions(canCreate), new StatusLegend(), toolbar(), grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = live.subscribeToOpens(sender, email -> {
            try {
                ui.access(() -> opened(email));
            } catch (UIDetachedException gone) {
                unsubscribe();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void opened(UUID id) {
        try {
            changed(tracking.get(sender, id));
        } catch (NotFoundException gone) {
            // not (or no longer) one of this sender's: nothing to show
        }
    }

    private HorizontalLayout actions(boolean canCreate) {
        var create = new Button("New tracked email", VaadinIcon.PLUS.create());
        create.setId("new-tracked-email");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewTrackedEmailDialog(tracking, pixels, sender, rows::refreshAll).open());
        var test = new Button("Send a test", VaadinIcon.FLASK.create());
        test.setId("send-test");
        test.addClickListener(click -> new SendTestDialog(tracking, pixels, sender, zone, rows::refreshAll).open());
        create.setVisible(canCreate);
        test.setVisible(canCreate);
        var help = new RouterLink("Opens not showing up? Read the tracking guide", TrackingHelpView.class);
        help.setId("tracking-help-link");
        var bar = new HorizontalLayout(create, test, help);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("tracking-actions");
        return bar;
    }

    private HorizontalLayout toolbar() {
        addFilter("All", "filter-all", null);
        addFilter("Opened", "filter-opened", Filter.OPENED);
        addFilter("Not opened", "filter-unopened", Filter.UNOPENED);
        addFilter("Muted", "filter-muted", Filter.MUTED);
        filterTabs.addSelectedChangeListener(change -> applyQuery());
        search.setId("tracking-search");
        search.setPlaceholder("Search subject or recipient");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> applyQuery());
        var bar = new HorizontalLayout(filterTabs, search);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("tracking-toolbar");
        return bar;
    }

    private void addFilter(String label, String id, Filter filter) {
        var tab = new Tab(label);
        tab.setId(id);
        filters.put(tab, filter);
        filterTabs.add(tab);
    }

    private void applyQuery() {
        var filter = filters.get(filterTabs.getSelectedTab());
        var text = search.getValue() == null || search.getValue().isBlank()
                ? null
                : search.getValue().strip();
        grid.setEmptyStateText(
                filter == null && text == null
                        ? TrackedEmailGrid.NOTHING_TRACKED
                        : "Nothing matches this filter or search.");
        rows.query(new TrackedEmailQuery(filter, text));
    }

    private void openDetail(TrackedEmail email) {
        openDetail(email.id());
    }

    /** Opens one of the sender's emails, e.g. from a notification's link; anyone else's is simply not there. */
    void openDetail(UUID id) {
        try {
            new EmailDetailDialog(tracking, sender, tracking.get(sender, id), zone, this::changed).open();
        } catch (NotFoundException gone) {
            Notification.show("That tracked email is not among yours.", 5000, Notification.Position.MIDDLE);
        }
    }

    private void toggleMute(TrackedEmail email) {
        changed(tracking.setMuted(sender, email.id(), !email.muted()));
    }

    private void changed(TrackedEmail email) {
        // Under the muted filter an unmuted email leaves the list: recount rather than patch the row.
        if (rows.query().filter() == null) {
            rows.refreshItem(email);
        } else {
            rows.refreshAll();
        }
    }
}
