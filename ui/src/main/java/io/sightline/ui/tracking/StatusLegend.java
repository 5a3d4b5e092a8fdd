package io.sightline.ui.tracking;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the dots mean, always in sight above the list. */
final class StatusLegend extends Div {

    StatusLegend() {
        addClassName("status-legend");
        setId("status-legend");
        add(
                entry("opened", "Opened", "someone viewed it; the number of views goes up with every view"),
                entry("unopened", "Not opened yet", "tracking is on and nobody has viewed it so far"),
                entry("muted", "Muted", "you turned its notifications off; views are still recorded"));
    }

    private static Div entry(String status, String name, String meaning) {
        var dot = new Span();
        dot.addClassNames("status-dot", "status-" + status);
        var title = new Span(name);
        title.addClassName("legend-name");
        var entry = new Div(dot, title, new Span(" — " + meaning));
        entry.addClassName("legend-entry");
        return entry;
    }
}
