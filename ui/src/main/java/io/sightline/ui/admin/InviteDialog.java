package io.sightline.ui.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import io.sightline.db.base.Actor;
import io.sightline.db.base.ConflictException;
import io.sightline.db.base.ProblemException;
import io.sightline.db.base.Role;
import io.sightline.db.base.ValidationException;
import io.sightline.db.invitation.InvitationService;
import io.sightline.db.invitation.IssuedInvitation;
import io.sightline.db.member.MemberRules;
import io.sightline.ui.base.Feedback;
import java.util.function.Consumer;

/** Invites someone by email as a member or an admin. */
class InviteDialog extends Dialog {

    private final EmailField email = new EmailField("Email");
    private final Select<Role> role = new Select<>();

    InviteDialog(InvitationService invitations, Actor actor, Consumer<IssuedInvitation> invited) {
        setHeaderTitle("Invite someone");
        email.setId("invite-email");
        email.setWidthFull();
        role.setId("invite-role");
        role.setLabel("Role");
        role.setItems(Role.MEMBER, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Admin: manages users and the plan" : "Member");
        role.setValue(Role.MEMBER);
        var form = new FormLayout(email, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var send = new Button("Send invitation", click -> {
            var problems = MemberRules.checkEmail("email", email.getValue());
            if (!problems.isEmpty()) {
                showEmailProblem(problems.getFirst().message());
                return;
            }
            try {
                var issued = invitations.invite(actor, email.getValue(), role.getValue());
                close();
                invited.accept(issued);
            } catch (ValidationException invalid) {
                showEmailProblem(invalid.violations().getFirst().message());
            } catch (ConflictException taken) {
                showEmailProblem(taken.getMessage());
            } catch (ProblemException refused) {
                Feedback.refused(refused.getMessage());
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), send);
        setWidth("min(28rem, 95vw)");
    }

    private void showEmailProblem(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }
}
