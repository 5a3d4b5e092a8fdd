package io.sightline.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class EmailSettingsAndHelpBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void email_settings_are_saved_as_they_change_and_are_what_the_api_returns() throws Exception {
        var api = new ApiClient(port);
        var owner = new Workspaces(api).signUp();
        var before = api.get("/api/v1/me", owner.token()).json().path("settings");
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.driver().findElements(By.tagName("vaadin-side-nav-item")).stream()
                    .filter(item -> item.getText().contains("Email settings"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitForPath("/settings/email");
            assertThat(checked(browser, "track-by-default"))
                    .isEqualTo(before.path("trackByDefault").asBoolean());
            assertThat(checked(browser, "notifications-enabled"))
                    .isEqualTo(before.path("notificationsEnabled").asBoolean());
            assertThat(browser.pageText()).contains("GET /api/v1/me", "Turning it off stops every such pop-up");

            browser.byId("track-by-default").click();
            browser.waitUntil(d -> d.findElement(By.id("settings-saved")));
            browser.byId("notifications-enabled").click();
            browser.waitForVaadin();

            var after = api.get("/api/v1/me", owner.token()).json().path("settings");
            assertThat(after.path("trackByDefault").asBoolean())
                    .isNotEqualTo(before.path("trackByDefault").asBoolean());
            assertThat(after.path("notificationsEnabled").asBoolean())
                    .isNotEqualTo(before.path("notificationsEnabled").asBoolean());

            browser.go("/settings/email");
            assertThat(checked(browser, "track-by-default"))
                    .isEqualTo(after.path("trackByDefault").asBoolean());
            assertThat(checked(browser, "notifications-enabled"))
                    .isEqualTo(after.path("notificationsEnabled").asBoolean());
        }
    }

    @Test
    void the_tracking_guide_explains_missing_opens_labels_and_colours_and_is_linked_from_the_list() throws Exception {
        var api = new ApiClient(port);
        var owner = new Workspaces(api).signUp();
        assertThat(api.put("/api/v1/admin/plan", owner.token(), ApiClient.json("plan", "BUSINESS"))
                        .status())
                .isEqualTo(200);
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.byId("tracking-help-link").click();
            browser.waitForPath("/help/tracking");

            assertThat(browser.byId("tracking-help").getText())
                    .contains("Images are blocked")
                    .contains("ad or tracker blocker")
                    .contains("from a phone")
                    .contains("You (or someone nearby)")
                    .contains("Apple Mail privacy prefetch")
                    .contains("never counted")
                    .contains("Gmail's image proxy")
                    .contains("Only you, the sender")
                    .contains("Mute notifications")
                    .contains("Email tracking notifications");
            assertThat(browser.driver().findElements(By.cssSelector("#tracking-help .status-dot")))
                    .hasSize(3);
        }
    }

    @Test
    void on_basic_an_admin_is_offered_the_plan_page_and_a_member_is_told_to_ask_an_admin() throws Exception {
        var workspaces = new Workspaces(new ApiClient(port));
        var owner = workspaces.signUp();
        var memberEmail = workspaces.join(owner, "MEMBER").email();
        try (var browser = Browser.open(port)) {
            signIn(browser, memberEmail);
            assertThat(browser.byId("tracking-locked").getText()).contains("Ask an admin");
            assertThat(browser.driver().findElements(By.id("upgrade-plan"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("tracking-unlocked")))
                    .isEmpty();
        }
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.byId("tracking-locked");
            browser.byId("upgrade-plan").click();
            browser.waitForPath("/admin/plan");
        }
    }

    private static boolean checked(Browser browser, String id) {
        return "true".equals(browser.byId(id).getDomProperty("checked"));
    }

    private static void signIn(Browser browser, String email) {
        browser.signIn(email, Workspaces.PASSWORD, "/tracked-emails");
    }
}
