package io.sightline.ui.operator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.base.ProblemException;
import io.sightline.db.operator.OperatorService;
import io.sightline.db.operator.WorkspaceSummary;
import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.WorkspaceStatus;
import io.sightline.ui.base.Confirmation;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.Feedback;
import io.sightline.ui.base.ViewRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The platform operator's console: every workspace with plan, status and users; suspend, reactivate, change plan. */
@Route("operator/workspaces")
@PageTitle("Workspaces · Sightline operator")
@RolesAllowed(ViewRoles.OPERATOR)
public class OperatorWorkspacesView extends Main {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final transient OperatorService operators;
    private final transient CurrentUser currentUser;
    private final TextField search = new TextField();
    private final Grid<WorkspaceSummary> workspaces = new Grid<>();
    private final Button more = new Button("Show more");
    private final List<WorkspaceSummary> shown = new ArrayList<>();
    private String nextCursor;

    public OperatorWorkspacesView(OperatorService operators, CurrentUser currentUser) {
        this.operators = operators;
        this.currentUser = currentUser;
        addClassName("page");
        search.setId("workspace-search");
        search.setPlaceholder("Search by name or address");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> reload());
        search.setWidth("min(30rem, 100%)");

        workspaces.setId("workspaces");
        workspaces.setAllRowsVisible(true);
        workspaces.addColumn(WorkspaceSummary::name).setHeader("Name").setFlexGrow(2);
        workspaces.addColumn(WorkspaceSummary::slug).setHeader("Address").setFlexGrow(2);
        workspaces.addComponentColumn(this::planSelect).setHeader("Plan").setAutoWidth(true);
        workspaces
                .addColumn(w -> w.status() == WorkspaceStatus.ACTIVE ? "Active" : "Suspended")
                .setHeader("Status");
        workspaces.addColumn(WorkspaceSummary::users).setHeader("Users");
        workspaces.addColumn(w -> DAY.format(w.createdAt())).setHeader("Created");
        workspaces.addComponentColumn(this::statusButton).setAutoWidth(true).setFlexGrow(0);

        more.setId("more-workspaces");
        more.addClickListener(click -> loadPage());
        add(new H2("Workspaces"), search, workspaces, more);
        reload();
    }

    private Component planSelect(WorkspaceSummary workspace) {
        var select = new Select<Plan>();
        select.setId("plan-" + workspace.slug());
        select.setItems(Plan.values());
        select.setItemLabelGenerator(Plan::label);
        select.setValue(workspace.plan());
        select.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            var to = change.getValue();
            new Confirmation(
                            "Move " + workspace.name() + " to " + to.label() + "?",
                            to.trackingEnabled() == workspace.plan().trackingEnabled()
                                    ? "Nothing changes for its members' tracking."
                                    : to.trackingEnabled()
                                            ? "Email tracking is unlocked for all its members at once."
                                            : "Tracking stops for all its members at once; their history stays"
                                                    + " readable to each sender.",
                            "Change plan",
                            false,
                            () -> update(workspace, null, to))
                    .open();
            select.setValue(change.getOldValue());
        });
        return select;
    }

    private Component statusButton(WorkspaceSummary workspace) {
        var active = workspace.status() == WorkspaceStatus.ACTIVE;
        var button = new Button(
                active ? "Suspend" : "Reactivate",
                click -> new Confirmation(
                                (active ? "Suspend " : "Reactivate ") + workspace.name() + "?",
                                active
                                        ? "Its " + workspace.users()
                                                + " users are signed out within a minute and can't sign"
                                                + " in or use the API; its pixels stop recording opens."
                                        : "Its users can sign in again and tracking resumes as its plan allows.",
                                active ? "Suspend" : "Reactivate",
                                active,
                                () -> update(
                                        workspace, active ? WorkspaceStatus.SUSPENDED : WorkspaceStatus.ACTIVE, null))
                        .open());
        button.setId((active ? "suspend-" : "reactivate-") + workspace.slug());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (active) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(button);
    }

    private void update(WorkspaceSummary workspace, WorkspaceStatus status, Plan plan) {
        try {
            var updated = operators.update(operator(), workspace.id(), status, plan);
            shown.replaceAll(w -> w.id().equals(updated.id()) ? updated : w);
            workspaces.setItems(shown);
            Feedback.done(updated.name() + " updated");
        } catch (ProblemException refused) {
            Feedback.refused(refused.getMessage());
        }
    }

    private void reload() {
        shown.clear();
        nextCursor = null;
        loadPage();
    }

    private void loadPage() {
        var page = operators.workspaces(operator(), search.getValue(), nextCursor);
        shown.addAll(page.items());
        nextCursor = page.nextCursor();
        workspaces.setItems(shown);
        more.setVisible(nextCursor != null);
    }

    private io.sightline.db.operator.OperatorActor operator() {
        return currentUser.operator().orElseThrow();
    }
}
