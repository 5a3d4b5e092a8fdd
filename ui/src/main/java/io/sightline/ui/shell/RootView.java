package io.sightline.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.sightline.ui.tracking.TrackedEmailsView;
import jakarta.annotation.security.PermitAll;

/** The bare address opens the page people come for. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(TrackedEmailsView.class);
    }
}
