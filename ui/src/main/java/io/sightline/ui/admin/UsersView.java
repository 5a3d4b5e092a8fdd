package io.sightline.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.sightline.db.base.ProblemException;
import io.sightline.db.base.Role;
import io.sightline.db.invitation.Invitation;
import io.sightline.db.invitation.InvitationService;
import io.sightline.db.member.Member;
import io.sightline.db.member.MemberAdminService;
import io.sightline.db.member.UserStatus;
import io.sightline.ui.base.Confirmation;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.Feedback;
import io.sightline.ui.base.InvitationLinks;
import io.sightline.ui.base.ViewRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The workspace's people: who has an account, as what; invitations still open. For admins only. */
@Route("admin/users")
@PageTitle("Users · Sightline")
@RolesAllowed(ViewRoles.ADMIN)
public class UsersView extends Main {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final transient MemberAdminService admin;
    private final transient InvitationService invitations;
    private final transient InvitationLinks links;
    private final transient CurrentUser currentUser;
    private final Grid<Member> users = new Grid<>();
    private final Grid<Invitation> pending = new Grid<>();
    private final Paragraph noPending = new Paragraph("No open invitations.");
    private boolean viewerIsOwner;

    public UsersView(
            MemberAdminService admin, InvitationService invitations, InvitationLinks links, CurrentUser currentUser) {
        this.admin = admin;
        this.invitations = invitations;
        this.links = links;
        this.currentUser = currentUser;
        addClassName("page");

        var invite = new Button(
                "Invite someone",
                VaadinIcon.PLUS.create(),
                click -> new InviteDialog(invitations, currentUser.actor(), issued -> {
                            refresh();
                            new InvitationLinkDialog(issued, links).open();
                        })
                        .open());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Users"), invite);
        header.setWidthFull();
        header.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);

        configureUsers();
        configurePending();
        noPending.setId("no-pending-invitations");
        add(header, users, new H3("Open invitations"), pending, noPending);
        refresh();
    }

    private void configureUsers() {
        users.setId("users");
        users.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        users.setAllRowsVisible(true);
        users.addComponentColumn(UsersView::nameWithBadge).setHeader("Name").setFlexGrow(2);
        users.addColumn(Member::email).setHeader("Email").setFlexGrow(2);
        users.addColumn(m -> m.role() == Role.ADMIN ? "Admin" : "Member").setHeader("Role");
        users.addColumn(m -> m.status() == UserStatus.ACTIVE ? "Active" : "Deactivated")
                .setHeader("Status");
        users.addColumn(m -> DAY.format(m.createdAt())).setHeader("Joined");
        users.addComponentColumn(this::userActions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private void configurePending() {
        pending.setId("pending-invitations");
        pending.setAllRowsVisible(true);
        pending.addColumn(Invitation::email).setHeader("Email").setFlexGrow(2);
        pending.addColumn(i -> i.role() == Role.ADMIN ? "Admin" : "Member").setHeader("Role");
        pending.addColumn(i -> DAY.format(i.expiresAt())).setHeader("Expires");
        pending.addComponentColumn(this::invitationActions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static Component nameWithBadge(Member member) {
        var name = new Span(member.name());
        if (!member.owner()) {
            return name;
        }
        var badge = new Span("Owner");
        badge.addClassName("owner-badge");
        var cell = new HorizontalLayout(name, badge);
        cell.setSpacing(true);
        cell.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return cell;
    }

    private Component userActions(Member member) {
        var admin = member.role() == Role.ADMIN;
        var role = new Button(admin ? "Make member" : "Make admin", click -> confirmRole(member));
        role.setId((admin ? "make-member-" : "make-admin-") + member.email());
        var active = member.status() == UserStatus.ACTIVE;
        var status = new Button(active ? "Deactivate" : "Reactivate", click -> confirmStatus(member));
        status.setId((active ? "deactivate-" : "reactivate-") + member.email());
        if (active) {
            status.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        for (var button : new Button[] {role, status}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(!member.owner());
        }
        var actions = new HorizontalLayout(role, status);
        if (viewerIsOwner && admin && active && !member.owner()) {
            var owner = new Button("Make owner", click -> confirmOwnership(member));
            owner.setId("make-owner-" + member.email());
            owner.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(owner);
        }
        return actions;
    }

    private void confirmOwnership(Member member) {
        new Confirmation(
                        "Make " + member.name() + " the owner?",
                        member.name() + " becomes the workspace owner, who can't be demoted or deactivated. You stay"
                                + " an admin, and only " + member.name() + " can hand ownership on.",
                        "Transfer ownership",
                        true,
                        () -> act(
                                () -> admin.transferOwnership(currentUser.actor(), member.id()),
                                member.name() + " is now the owner"))
                .open();
    }

    private void confirmRole(Member member) {
        var toAdmin = member.role() != Role.ADMIN;
        new Confirmation(
                        toAdmin ? "Make " + member.name() + " an admin?" : "Make " + member.name() + " a member?",
                        toAdmin
                                ? member.name() + " will be able to invite and deactivate users, change roles and"
                                        + " change the plan. Admins never see anyone else's tracked emails."
                                : member.name() + " will no longer manage users or the plan.",
                        toAdmin ? "Make admin" : "Make member",
                        false,
                        () -> act(
                                () -> admin.change(
                                        currentUser.actor(), member.id(), toAdmin ? Role.ADMIN : Role.MEMBER, null),
                                "Role changed"))
                .open();
    }

    private void confirmStatus(Member member) {
        var deactivate = member.status() == UserStatus.ACTIVE;
        new Confirmation(
                        deactivate ? "Deactivate " + member.name() + "?" : "Reactivate " + member.name() + "?",
                        deactivate
                                ? member.name() + " is signed out within a minute and can't sign in or use the API"
                                        + " until reactivated. Their tracked emails stay theirs."
                                : member.name() + " can sign in again with their old password.",
                        deactivate ? "Deactivate" : "Reactivate",
                        deactivate,
                        () -> act(
                                () -> admin.change(
                                        currentUser.actor(),
                                        member.id(),
                                        null,
                                        deactivate ? UserStatus.DEACTIVATED : UserStatus.ACTIVE),
                                deactivate ? member.name() + " is deactivated" : member.name() + " is active again"))
                .open();
    }

    private Component invitationActions(Invitation invitation) {
        var renew = new Button("New link", VaadinIcon.LINK.create(), click -> {
            try {
                var issued = invitations.renew(currentUser.actor(), invitation.id());
                refresh();
                new InvitationLinkDialog(issued, links).open();
            } catch (ProblemException refused) {
                Feedback.refused(refused.getMessage());
                refresh();
            }
        });
        renew.setId("renew-" + invitation.email());
        var revoke = new Button(
                "Revoke",
                click -> new Confirmation(
                                "Revoke the invitation for " + invitation.email() + "?",
                                "The link stops working at once. You can invite the same email again later.",
                                "Revoke",
                                true,
                                () -> act(
                                        () -> invitations.revoke(currentUser.actor(), invitation.id()),
                                        "Invitation revoked"))
                        .open());
        revoke.setId("revoke-" + invitation.email());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[] {renew, revoke}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(renew, revoke);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Feedback.done(done);
        } catch (ProblemException refused) {
            Feedback.refused(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        var actor = currentUser.actor();
        var all = admin.users(actor);
        viewerIsOwner = all.stream().anyMatch(m -> m.owner() && m.id().equals(actor.userId()));
        users.setItems(all);
        var open = invitations.pending(actor);
        pending.setItems(open);
        pending.setVisible(!open.isEmpty());
        noPending.setVisible(open.isEmpty());
    }
}
