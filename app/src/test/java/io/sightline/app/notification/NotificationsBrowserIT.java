package io.sightline.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import io.sightline.app.browser.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people of one workspace in their own browsers: a member who sent a tracked email, and the workspace's admin. The
 * pop-up is the sender's alone, and "Mute notifications" on it silences that email without stopping the count.
 */
@AppTest
class NotificationsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    private void signIn(Browser browser, String email) {
        browser.signIn(email, Workspaces.PASSWORD, "/tracked-emails");
        browser.byId("notification-bell");
    }

    private static java.util.List<WebElement> popups(WebDriver driver) {
        return driver.findElements(By.id("open-popup"));
    }

    /** An unread count is shown; a hidden one is not even in the page. */
    private static boolean unreadShown(WebDriver driver) {
        return driver.findElements(By.id("notification-count")).stream().anyMatch(WebElement::isDisplayed);
    }

    private static String popupText(WebDriver driver) {
        return String.join(
                " | ", popups(driver).stream().map(WebElement::getText).toList());
    }

    @Test
    void the_sender_sees_the_pop_up_the_admin_does_not_and_mute_silences_the_email_but_keeps_counting()
            throws Exception {
        var api = new ApiClient(port);
        var senders = new Senders(api, database);
        var team = senders.team();
        var id = UUID.randomUUID().toString().substring(0, 8);
        var email = senders.trackedEmail(team.memberToken(), "Proposal " + id);
        var later = senders.trackedEmail(team.memberToken(), "Follow-up " + id);

        try (var member = Browser.open(port);
                var admin = Browser.open(port)) {
            signIn(member, team.memberEmail());
            signIn(admin, team.owner().email());

            var openedAt = Instant.now();
            Senders.open(port, email);

            var mute = member.waitUntil(d -> d.findElement(By.id("mute-notification")));
            var latency = Duration.between(openedAt, Instant.now());
            System.out.println("Pop-up shown " + latency.toMillis() + " ms after the pixel was fetched");
            assertThat(popupText(member.driver()))
                    .contains("opened")
                    .contains("Proposal " + id)
                    .contains("Show in My Tracked Emails");
            assertThat(member.byId("open-popup-link").getDomAttribute("href"))
                    .isEqualTo("tracked-emails?email=" + email.id());
            assertThat(member.byId("notification-count").getText()).isEqualTo("1");

            Thread.sleep(1_000);
            assertThat(popups(admin.driver()))
                    .as("the admin's session shows no pop-up")
                    .isEmpty();
            assertThat(admin.pageText()).doesNotContain("Proposal " + id);
            assertThat(unreadShown(admin.driver()))
                    .as("the admin's bell counts nothing")
                    .isFalse();

            mute.click();
            member.waitUntil(d -> d.findElement(By.id("notification-muted")));
            var tracked = api.get("/api/v1/tracked-emails/" + email.id(), team.memberToken())
                    .json();
            assertThat(tracked.path("muted").asBoolean()).isTrue();
            member.byId("close-notification").click();
            member.waitUntil(d -> popups(d).isEmpty());

            Senders.open(port, email);
            Senders.open(port, later);

            member.waitUntil(d -> popupText(d).contains("Follow-up " + id));
            assertThat(popupText(member.driver()))
                    .as("the muted email raised no pop-up")
                    .doesNotContain("Proposal " + id);
            assertThat(api.get("/api/v1/tracked-emails/" + email.id(), team.memberToken())
                            .json()
                            .path("openCount")
                            .asInt())
                    .as("the muted email's second view still counts")
                    .isEqualTo(2);
            assertThat(popups(admin.driver())).isEmpty();
        }
    }

    @Test
    void opening_the_bell_lists_the_recent_notifications_and_marks_them_read() throws Exception {
        var api = new ApiClient(port);
        var senders = new Senders(api, database);
        var team = senders.team();
        var id = UUID.randomUUID().toString().substring(0, 8);
        var email = senders.trackedEmail(team.memberToken(), "Bell " + id);
        Senders.open(port, email);
        Senders.open(port, email);
        awaitUnread(team.memberId(), 2);

        try (var member = Browser.open(port)) {
            signIn(member, team.memberEmail());
            assertThat(member.byId("notification-count").getText()).isEqualTo("2");

            member.byId("notification-bell").click();

            var list = member.waitUntil(d -> d.findElement(By.id("notification-list")));
            member.waitUntil(d -> list.getText().contains("Bell " + id));
            assertThat(list.getText()).contains("opened");
            member.waitUntil(d -> !unreadShown(d));
            awaitUnread(team.memberId(), 0);
        }
    }

    private void awaitUnread(String userId, long expected) throws InterruptedException {
        var query = "SELECT count(*) FROM notification WHERE user_id = ?::uuid AND read_at IS NULL";
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline) && database.count(query, userId) != expected) {
            Thread.sleep(50);
        }
        assertThat(database.count(query, userId)).isEqualTo(expected);
    }
}
