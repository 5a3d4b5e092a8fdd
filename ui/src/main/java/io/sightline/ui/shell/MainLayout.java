package io.sightline.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.sightline.db.member.MemberService;
import io.sightline.ui.admin.AuditView;
import io.sightline.ui.admin.PlanView;
import io.sightline.ui.admin.UsersView;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.help.TrackingHelpView;
import io.sightline.ui.notification.NotificationBell;
import io.sightline.ui.operator.OperatorWorkspacesView;
import io.sightline.ui.settings.EmailSettingsView;
import io.sightline.ui.tracking.TrackedEmailsView;
import jakarta.annotation.security.PermitAll;

/** The signed-in shell: side navigation, the workspace with its plan, and the user menu with sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient MemberService members;
    private final transient CurrentUser currentUser;
    private final Span workspaceName = new Span();
    private final PlanBadge planBadge = new PlanBadge();
    private final Span userName = new Span();
    private final Avatar avatar = new Avatar();

    public MainLayout(
            MemberService members,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            NotificationBell notificationBell) {
        this.members = members;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(currentUser));
        addToNavbar(new DrawerToggle(), workspaceHeader(), notificationBell, userMenu(authentication));
    }

    private static Div brand() {
        var brand = new Div(VaadinIcon.EYE.create(), new Span("Sightline"));
        brand.addClassName("brand");
        return brand;
    }

    /** Each role sees only what it may open: the operator its console, admins their workspace's administration. */
    private static SideNav navigation(CurrentUser currentUser) {
        var nav = new SideNav();
        if (currentUser.isOperator()) {
            nav.addItem(item("Workspaces", OperatorWorkspacesView.class, VaadinIcon.BUILDING, "nav-workspaces"));
            return nav;
        }
        nav.addItem(new SideNavItem("My Tracked Emails", TrackedEmailsView.class, VaadinIcon.ENVELOPE_OPEN.create()));
        nav.addItem(new SideNavItem("Email settings", EmailSettingsView.class, VaadinIcon.COG.create()));
        nav.addItem(new SideNavItem("Tracking help", TrackingHelpView.class, VaadinIcon.QUESTION_CIRCLE.create()));
        if (currentUser.isAdmin()) {
            nav.addItem(item("Users", UsersView.class, VaadinIcon.USERS, "nav-users"));
            nav.addItem(item("Plan", PlanView.class, VaadinIcon.STAR, "nav-plan"));
            nav.addItem(item("Audit trail", AuditView.class, VaadinIcon.LIST, "nav-audit"));
        }
        return nav;
    }

    private static SideNavItem item(
            String label, Class<? extends com.vaadin.flow.component.Component> view, VaadinIcon icon, String id) {
        var item = new SideNavItem(label, view, icon.create());
        item.setId(id);
        return item;
    }

    private HorizontalLayout workspaceHeader() {
        workspaceName.addClassName("workspace-name");
        var header = new HorizontalLayout(workspaceName, planBadge);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.addClassName("workspace-header");
        return header;
    }

    private MenuBar userMenu(AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var item = menu.addItem(new HorizontalLayout(avatar, userName));
        item.getSubMenu().addItem("Sign out", click -> authentication.logout()).setId("sign-out");
        item.setId("user-menu");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (currentUser.isOperator()) {
            workspaceName.setText("Platform operator");
            planBadge.setVisible(false);
            userName.setText("Operator");
            avatar.setName("Operator");
            return;
        }
        var me = members.me(currentUser.actor());
        workspaceName.setText(me.workspace().name());
        planBadge.show(me.workspace().plan());
        userName.setText(me.user().name());
        avatar.setName(me.user().name());
    }
}
