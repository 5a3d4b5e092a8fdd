package io.sightline.ui.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.audit.AuditAction;
import io.sightline.db.audit.AuditEvent;
import io.sightline.db.audit.AuditFilter;
import io.sightline.db.audit.AuditService;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.ViewRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The workspace's audit trail, newest first: a lazy grid paged and filtered in SQL. Times are UTC. */
@Route("admin/audit")
@PageTitle("Audit trail · Sightline")
@RolesAllowed(ViewRoles.ADMIN)
public class AuditView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final transient AuditService audit;
    private final transient CurrentUser currentUser;
    private final TextField actor = new TextField("Who");
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker until = new DatePicker("Until");
    private final Grid<AuditEvent> events = new Grid<>();

    public AuditView(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        addClassName("page");

        actor.setId("audit-actor");
        actor.setPlaceholder("Email contains…");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel("What");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Everything");
        action.setItemLabelGenerator(a -> a == null ? "Everything" : a.label());
        from.setId("audit-from");
        until.setId("audit-until");
        until.setHelperText("Including this day (UTC)");
        actor.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        action.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        until.addValueChangeListener(change -> events.getDataProvider().refreshAll());
        var filters = new FlexLayout(actor, action, from, until);
        filters.addClassName("filters");

        events.setId("audit-events");
        events.addColumn(e -> WHEN.format(e.at())).setHeader("When (UTC)").setAutoWidth(true);
        events.addColumn(e -> "OPERATOR".equals(e.actorKind()) ? "Operator " + e.actor() : e.actor())
                .setHeader("Who")
                .setFlexGrow(2);
        events.addColumn(e -> e.action().label()).setHeader("What").setFlexGrow(2);
        events.addColumn(e -> e.target() == null ? "" : e.target())
                .setHeader("Whom")
                .setFlexGrow(2);
        events.addColumn(AuditView::details).setHeader("Details").setFlexGrow(2);
        events.setItems(
                query -> audit.find(currentUser.actor(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(currentUser.actor(), filter()));
        add(new H2("Audit trail"), filters, events);
        setHeightFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(
                actor.getValue(),
                action.getValue(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                until.getValue() == null
                        ? null
                        : until.getValue()
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant());
    }

    private static String details(AuditEvent event) {
        var d = event.details();
        if (d.containsKey("from") && d.containsKey("to")) {
            return d.get("from") + " → " + d.get("to");
        }
        return d.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
