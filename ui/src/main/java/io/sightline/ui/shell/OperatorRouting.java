package io.sightline.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sightline.ui.base.CurrentUser;
import io.sightline.ui.base.ViewRoles;
import io.sightline.ui.operator.OperatorWorkspacesView;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The operator belongs to no workspace, so workspace pages (open to every signed-in user) mean nothing to it: any view not
 * meant for the operator sends it to its console instead, before the view is made.
 */
@Component
class OperatorRouting implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    OperatorRouting(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::route));
    }

    private void route(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == null || target.isAnnotationPresent(AnonymousAllowed.class) || !currentUser.isOperator()) {
            return;
        }
        var roles = target.getAnnotation(RolesAllowed.class);
        if (roles == null || Arrays.stream(roles.value()).noneMatch(ViewRoles.OPERATOR::equals)) {
            event.forwardTo(OperatorWorkspacesView.class);
        }
    }
}
