package io.sightline.ui.tracking;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.shared.Registration;
import io.sightline.db.base.Actor;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.base.ValidationException;
import io.sightline.db.tracking.EmailOpen;
import io.sightline.db.tracking.NewTrackedEmail;
import io.sightline.db.tracking.TrackingService;
import io.sightline.ui.base.PixelLinks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Send a test": makes a test tracked email, says how to check it from a second mailbox, and watches for its first view
 * (polling while the dialog is open), so that a new user sees tracking work end to end before relying on it.
 */
final class SendTestDialog extends Dialog {

    static final int POLL_MILLIS = 2000;

    private final transient TrackingService tracking;
    private final transient PixelLinks pixels;
    private final Actor sender;
    private final ZoneId zone;
    private final Runnable changed;
    private final EmailField recipient = new EmailField("Send the test to");
    private final Button create = new Button("Create test email");
    private final Button done = new Button("Close", click -> close());
    private final Button seeGrid = new Button("See it in My Tracked Emails", click -> close());
    private final Div status = new Div();
    private UUID testId;
    private Registration polling;

    SendTestDialog(TrackingService tracking, PixelLinks pixels, Actor sender, ZoneId zone, Runnable changed) {
        this.tracking = tracking;
        this.pixels = pixels;
        this.sender = sender;
        this.zone = zone;
        this.changed = changed;
        setId("send-test-dialog");
        setHeaderTitle("Send a test");
        setWidth("min(44rem, 95vw)");
        recipient.setId("test-recipient");
        recipient.setWidthFull();
        recipient.setManualValidation(true);
        recipient.setHelperText("Another mailbox of yours, e.g. a personal address: not the one you send from.");
        create.setId("create-test");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createTest());
        done.setId("close-send-test");
        status.setId("test-status");
        status.addClassName("test-status");
        add(
                new Paragraph("Check that tracking works before you rely on it. Sightline makes a test email for you;"
                        + " you send it to a second mailbox you own, open it there, and watch this window."),
                recipient);
        seeGrid.setId("test-see-grid");
        seeGrid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        seeGrid.setVisible(false);
        getFooter().add(done, create, seeGrid);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                stopWatching();
            }
        });
        addDetachListener(detach -> stopWatching());
    }

    private void createTest() {
        recipient.setInvalid(false);
        try {
            var subject = "Sightline test " + Ago.absolute(Instant.now(), zone);
            var result =
                    tracking.create(sender, new NewTrackedEmail(subject, List.of(recipient.getValue()), null, true));
            testId = result.email().id();
            removeAll();
            add(status, steps(result.email().subject()), new PixelSnippet(pixels, result.token()));
            create.setVisible(false);
            changed.run();
            waiting("Waiting for the first view… Keep this window open.");
            startWatching();
        } catch (ValidationException invalid) {
            recipient.setErrorMessage(invalid.violations().getFirst().message());
            recipient.setInvalid(true);
        } catch (ForbiddenException forbidden) {
            recipient.setErrorMessage(forbidden.getMessage());
            recipient.setInvalid(true);
        }
    }

    private OrderedList steps(String subject) {
        return new OrderedList(
                new ListItem("Write an email with the subject “" + subject + "” and paste the snippet below into its"
                        + " body (or send it from a mail client where Sightline tracking is switched on)."),
                new ListItem("Send it to " + recipient.getValue() + ". Turn off any ad blocker in the mailbox you"
                        + " check it in; from a phone or an address not registered here, opens are not tracked."),
                new ListItem("Open it there with images shown (in Gmail: “Display images below”)."),
                new ListItem("Come back here: the first view shows up within seconds."));
    }

    private void startWatching() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> check());
        });
    }

    private void stopWatching() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    void check() {
        if (testId == null) {
            return;
        }
        var email = tracking.get(sender, testId);
        if (email.openCount() == 0 && email.machineFetchCount() == 0) {
            return;
        }
        var opens = tracking.opens(sender, testId);
        var firstView = opens.stream().filter(EmailOpen::countsAsOpen).reduce((newer, older) -> older);
        if (firstView.isPresent()) {
            stopWatching();
            var open = firstView.get();
            status.removeAll();
            status.getElement().setAttribute("data-state", "opened");
            var seen = new Paragraph("Opened " + Ago.relative(open.openedAt(), Instant.now(), zone) + " — "
                    + open.source().label());
            seen.setId("test-opened");
            status.add(
                    seen,
                    new Paragraph("Tracking works. The test email is in your list with a green dot; each further"
                            + " view adds one to its count."));
            done.setVisible(false);
            seeGrid.setVisible(true);
            changed.run();
        } else if (!opens.isEmpty()) {
            waiting("The image was fetched by a machine ("
                    + opens.getFirst().source().label() + "): kept in the"
                    + " history, not counted as a view. Still waiting for a person to open it…");
        }
    }

    private void waiting(String text) {
        status.removeAll();
        status.getElement().setAttribute("data-state", "waiting");
        status.add(new Paragraph(text));
    }
}
