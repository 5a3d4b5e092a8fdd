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
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.help.TrackingHelpView;
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

    public MainLayout(MemberService members, CurrentUser currentUser, AuthenticationContext authentication) {
        this.members = members;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), workspaceHeader(), userMenu(authentication));
    }

    private static Div brand() {
        var brand = new Div(VaadinIcon.EYE.create(), new Span("Sightline"));
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.addItem(new SideNavItem("My Tracked Emails", TrackedEmailsView.class, VaadinIcon.ENVELOPE_OPEN.create()));
        nav.addItem(new SideNavItem("Email settings", EmailSettingsView.class, VaadinIcon.COG.create()));
        nav.addItem(new SideNavItem("Tracking help", TrackingHelpView.class, VaadinIcon.QUESTION_CIRCLE.create()));
        return nav;
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
        var me = members.me(currentUser.actor());
        workspaceName.setText(me.workspace().name());
        planBadge.show(me.workspace().plan());
        userName.setText(me.user().name());
        avatar.setName(me.user().name());
    }
}
