package io.sightline.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class SignUpAndSignInBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void a_new_company_signs_up_lands_signed_in_signs_out_and_signs_in_again() throws Exception {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var email = "browser-" + id + "@example.com";
        try (var browser = Browser.open(port)) {
            browser.go("/signup");
            browser.type("workspace-name", "Browser Co " + id);
            assertThat(browser.byId("workspace-slug").getDomProperty("value")).isEqualTo("browser-co-" + id);
            browser.type("name", "Grace Hopper");
            browser.type("email", email);
            browser.type("password", Workspaces.PASSWORD);
            browser.byId("create-workspace").click();

            browser.waitForPath("/tracked-emails");
            browser.waitUntil(d -> d.findElement(By.id("tracking-locked")));
            assertThat(browser.pageText())
                    .contains("Browser Co " + id)
                    .contains("Basic")
                    .contains("Grace Hopper");
            assertThat(browser.pageText()).contains("Email tracking comes with Professional and Business");

            browser.byId("user-menu").click();
            browser.waitUntil(d -> d.findElement(By.id("sign-out"))).click();
            browser.waitForPath("/login");

            browser.go("/tracked-emails");
            browser.waitForPath("/login");
            browser.submitLogin(email, Workspaces.PASSWORD);

            browser.waitForPath("/tracked-emails");
            assertThat(browser.pageText()).contains("Browser Co " + id);
        }
    }

    @Test
    void a_wrong_password_stays_on_the_login_page_with_an_error() throws Exception {
        try (var browser = Browser.open(port)) {
            browser.go("/login");
            browser.submitLogin("nobody@example.com", "not the right password");

            browser.waitUntil(d -> d.getCurrentUrl().contains("error"));
            browser.waitForVaadin();
            assertThat(browser.pageText()).contains("Wrong email or password");
        }
    }

    @Test
    void a_taken_email_is_explained_on_the_sign_up_form() throws Exception {
        var id = UUID.randomUUID().toString().substring(0, 8);
        try (var browser = Browser.open(port)) {
            var owner = new Workspaces(new io.sightline.app.ApiClient(port)).signUp();
            browser.go("/signup");
            browser.type("workspace-name", "Another " + id);
            browser.type("name", "Someone");
            browser.type("email", owner.email());
            browser.type("password", Workspaces.PASSWORD);
            browser.byId("create-workspace").click();
            browser.waitForVaadin();

            assertThat(browser.path()).isEqualTo("/signup");
            browser.waitUntil(d -> browser.byId("email").getDomAttribute("invalid") != null);
            assertThat(browser.pageText()).contains("An account with this email already exists");
        }
    }
}
