package io.sightline.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.TestMail;
import io.sightline.app.Workspaces;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class WorkspaceAdministrationBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void an_admin_invites_a_member_upgrades_the_plan_for_them_and_deactivates_them() throws Exception {
        var owner = new Workspaces(new ApiClient(port)).signUp();
        var email = "browser-member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (var admin = Browser.open(port);
                var member = Browser.open(port)) {
            signIn(admin, owner.email(), Workspaces.PASSWORD);
            admin.byId("nav-users").click();
            admin.waitForPath("/admin/users");

            admin.byId("invite-user").click();
            admin.type("invite-email", email);
            admin.byId("invite-send").click();
            admin.waitForVaadin();
            var shownLink = admin.byId("invitation-link").getDomProperty("value");
            admin.byId("invitation-link-done").click();
            admin.waitForVaadin();
            assertThat(admin.pageText()).contains(email);

            var mailedLink = TestMail.linkIn(TestMail.awaitMailTo(email));
            assertThat(mailedLink).isEqualTo(shownLink);
            member.go(URI.create(mailedLink).getPath());
            assertThat(member.byId("accept-email").getDomProperty("value")).isEqualTo(email);
            member.type("accept-name", "Mia Member");
            member.type("accept-password", Workspaces.PASSWORD);
            member.byId("accept-invitation").click();
            member.waitForPath("/tracked-emails");
            member.byId("tracking-locked");
            assertThat(member.pageText()).contains("Mia Member");
            assertThat(member.driver().findElements(By.id("nav-users"))).isEmpty();

            admin.go("/admin/plan");
            admin.byId("choose-professional").click();
            admin.waitUntil(d -> admin.byId("confirm-text").getText().contains("unlocked for everyone"));
            admin.byId("confirm-action").click();
            admin.waitUntil(d -> admin.byId("current-plan").getText().contains("Professional"));

            member.go("/tracked-emails");
            member.byId("tracking-unlocked");
            assertThat(member.pageText()).contains("Professional");

            admin.go("/admin/users");
            admin.byId("deactivate-" + email).click();
            admin.byId("confirm-action").click();
            admin.byId("reactivate-" + email);

            member.go("/tracked-emails");
            member.waitForPath("/login");

            admin.byId("nav-audit").click();
            admin.waitForPath("/admin/audit");
            admin.waitUntil(d -> admin.pageText().contains("Invitation accepted"));
            assertThat(admin.pageText())
                    .contains("User status changed", "ACTIVE → DEACTIVATED", "BASIC → PROFESSIONAL");
        }
    }

    @Test
    void a_member_cant_open_the_admin_pages() throws Exception {
        var api = new ApiClient(port);
        var workspaces = new Workspaces(api);
        var joined = workspaces.join(workspaces.signUp(), "MEMBER");
        try (var browser = Browser.open(port)) {
            signIn(browser, joined.email(), Workspaces.PASSWORD);

            for (var page : new String[] {"/admin/users", "/admin/plan", "/admin/audit", "/operator/workspaces"}) {
                browser.go(page);
                assertThat(browser.driver().findElements(By.id("users"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("current-plan"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("audit-events"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("workspaces"))).isEmpty();
            }
        }
    }

    @Test
    void the_operator_signs_in_on_the_login_page_and_lands_on_the_console() throws Exception {
        var owner = new Workspaces(new ApiClient(port)).signUp();
        try (var browser = Browser.open(port)) {
            browser.signIn("operator@sightline.test", "operator passphrase for tests", "/operator/workspaces");

            browser.type("workspace-search", owner.slug());
            // The search runs when typing pauses (lazy): let it, so the click lands on the refreshed row.
            Thread.sleep(1500);
            browser.waitForVaadin();
            browser.waitUntil(d -> browser.byId("suspend-" + owner.slug()).isDisplayed());
            browser.byId("suspend-" + owner.slug()).click();
            browser.byId("confirm-action").click();
            browser.byId("reactivate-" + owner.slug());
            assertThat(browser.driver().findElements(By.id("nav-users"))).isEmpty();

            browser.go("/tracked-emails");
            browser.waitForPath("/operator/workspaces");
        }
    }

    static void signIn(Browser browser, String email, String password) {
        browser.signIn(email, password, "/tracked-emails");
    }
}
