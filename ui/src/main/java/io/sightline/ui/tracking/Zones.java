package io.sightline.ui.tracking;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The browser's time zone, so times read as the sender's local time; UTC when the browser has not said. */
final class Zones {

    private Zones() {}

    static ZoneId ofBrowser() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return ZoneOffset.UTC;
        }
        try {
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null
                    && details.getTimeZoneId() != null
                    && !details.getTimeZoneId().isBlank()) {
                return ZoneId.of(details.getTimeZoneId());
            }
        } catch (DateTimeException | IllegalStateException unknown) {
            // an odd zone id or details not there yet: UTC is a fine answer
        }
        return ZoneOffset.UTC;
    }
}
