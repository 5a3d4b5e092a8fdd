package io.sightline.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import io.sightline.db.tracking.OpenSource;
import io.sightline.db.tracking.PixelService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class TrackedEmailsBrowserIT {

    private static final Pattern PIXEL = Pattern.compile("/t/([A-Za-z0-9_-]+)\\.gif$");
    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

    /** TEST-NET-3: never one of the random 198.51.x.x addresses the API client signs members up from. */
    private static final String READER_ADDRESS = "203.0.113.77";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    @Autowired
    PixelService pixels;

    @Test
    void a_tracked_email_made_in_the_dialog_turns_green_with_one_view_when_its_pixel_is_fetched_and_gray_when_muted()
            throws Exception {
        var owner = professionalOwner();
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.byId("tracking-unlocked");
            assertThat(browser.byId("status-legend").getText()).contains("Opened", "Not opened yet", "Muted");

            browser.byId("new-tracked-email").click();
            browser.type("subject", "Proposal for Q3");
            typeInTextArea(browser, "recipients", "ada@example.com,\nbob@example.com");
            browser.byId("create-tracked-email").click();
            browser.waitForVaadin();

            var url = browser.waitUntil(d -> value(browser.byId("pixel-url")));
            var html = value(browser.byId("pixel-html"));
            assertThat(html).startsWith("<img src=\"" + url + "\"").contains("width=\"1\"", "alt=\"\"");
            browser.byId("copy-pixel-html").click();
            browser.waitUntil(d -> browser.pageText().contains("Snippet copied")
                    || browser.pageText().contains("didn't allow copying"));
            var matcher = PIXEL.matcher(url);
            assertThat(matcher.find()).as(url).isTrue();
            var token = matcher.group(1);
            var emailId = fetchPixel(token);
            closeDialog(browser, "close-new-tracked-email", "new-tracked-email-dialog");

            browser.go("/tracked-emails");
            var dot = browser.waitUntil(d -> shown(d.findElements(dot(emailId))));
            assertThat(dot.getDomAttribute("class")).contains("status-opened");
            assertThat(browser.driver().findElement(views(emailId)).getText()).isEqualTo("1");
            assertThat(browser.pageText()).contains("Proposal for Q3", "ada@example.com, bob@example.com");
            assertThat(browser.pageText()).contains(OpenSource.RECIPIENT.label());

            dot.click();
            var detail = browser.byId("email-detail");
            browser.waitUntil(d -> browser.byId("email-opens").getText().contains("Chrome on Windows"));
            assertThat(browser.byId("email-opens").getText()).contains("Recipient", "203.0.113.0/24");
            assertThat(detail.findElement(By.cssSelector("svg.opens-chart rect.chart-view")))
                    .isNotNull();
            browser.byId("mute-toggle").click();
            browser.waitForVaadin();
            closeDialog(browser, "close-detail", "email-detail");

            browser.waitUntil(d -> hasClass(shown(d.findElements(dot(emailId))), "status-muted"));

            browser.waitUntil(d -> shown(d.findElements(By.cssSelector(".row-mute[data-email-id='" + emailId + "']"))))
                    .click();
            browser.waitUntil(d -> hasClass(shown(d.findElements(dot(emailId))), "status-opened"));
            assertThat(browser.driver().findElements(By.id("email-detail"))).isEmpty();
        }
    }

    @Test
    void an_open_turns_its_row_green_while_the_list_is_on_screen() throws Exception {
        var owner = professionalOwner();
        var api = new ApiClient(port);
        var created = api.post(
                        "/api/v1/tracked-emails",
                        owner.token(),
                        ApiClient.json("subject", "Live row", "recipients", List.of("carol@example.com")))
                .json();
        var matcher = PIXEL.matcher(created.path("pixelUrl").asString());
        assertThat(matcher.find()).isTrue();
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            var emailId = UUID.fromString(created.path("id").asString());
            browser.waitUntil(d -> hasClass(shown(d.findElements(dot(emailId))), "status-unopened"));
            assertThat(browser.driver().findElement(views(emailId)).getText()).isEqualTo("0");

            fetchPixel(matcher.group(1));

            // No reload, no navigation: the row changes in place.
            browser.waitUntil(d -> hasClass(shown(d.findElements(dot(emailId))), "status-opened"));
            browser.waitUntil(d -> "1".equals(d.findElement(views(emailId)).getText()));
            assertThat(browser.pageText()).contains(OpenSource.RECIPIENT.label());

            // Muted elsewhere (an add-on, another tab): no notification any more, but the views still count, live.
            var muted = api.put("/api/v1/tracked-emails/" + emailId + "/mute", owner.token(), "");
            assertThat(muted.status()).isEqualTo(200);
            fetchPixel(matcher.group(1));
            browser.waitUntil(d -> "2".equals(d.findElement(views(emailId)).getText()));
            assertThat(hasClass(shown(browser.driver().findElements(dot(emailId))), "status-muted"))
                    .isTrue();
        }
    }

    @Test
    void invalid_fields_are_explained_inline_and_the_search_and_muted_filter_narrow_the_list() throws Exception {
        var owner = professionalOwner();
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.byId("new-tracked-email").click();
            typeInTextArea(browser, "recipients", "dana@example.com, not-an-address");
            browser.byId("create-tracked-email").click();
            browser.waitUntil(d -> browser.byId("subject").getDomAttribute("invalid") != null);
            assertThat(browser.byId("subject").getText()).contains("Enter the subject.");
            assertThat(browser.byId("recipients").getDomAttribute("invalid")).isNotNull();
            assertThat(browser.byId("recipients").getText()).contains("'not-an-address' is not a valid email address.");
            closeDialog(browser, "close-new-tracked-email", "new-tracked-email-dialog");
            browser.waitForVaadin();

            for (var subject : List.of("Invoice March", "Invoice April", "Lunch")) {
                browser.byId("new-tracked-email").click();
                browser.type("subject", subject);
                typeInTextArea(browser, "recipients", "carol@example.com");
                browser.byId("create-tracked-email").click();
                browser.waitUntil(d -> value(browser.byId("pixel-url")));
                closeDialog(browser, "close-new-tracked-email", "new-tracked-email-dialog");
                browser.waitForVaadin();
            }
            browser.waitUntil(d -> rows(browser) == 3);

            browser.type("tracking-search", "invoice");
            browser.byId("tracking-search").findElement(By.tagName("input")).sendKeys(Keys.ENTER);
            browser.waitUntil(d -> rows(browser) == 2);
            assertThat(browser.pageText())
                    .contains("Invoice March", "Invoice April")
                    .doesNotContain("Lunch");

            browser.byId("filter-muted").click();
            browser.waitUntil(d -> rows(browser) == 0);
            assertThat(browser.pageText()).contains("Nothing matches this filter or search");
        }
    }

    @Test
    void send_a_test_watches_for_the_first_view_and_shows_it_when_it_arrives() throws Exception {
        var owner = professionalOwner();
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());
            browser.byId("send-test").click();
            browser.type("test-recipient", "me.personal@example.com");
            browser.byId("create-test").click();
            var url = browser.waitUntil(d -> value(browser.byId("pixel-url")));
            assertThat(browser.byId("test-status").getText()).contains("Waiting for the first view");

            var matcher = PIXEL.matcher(url);
            assertThat(matcher.find()).isTrue();
            var token = matcher.group(1);
            assertThat(fetch("HEAD", token).statusCode()).isEqualTo(200);
            browser.waitUntil(d -> d.findElement(By.id("test-status")).getText().contains("not counted"));
            assertThat(browser.driver().findElements(By.id("test-opened"))).isEmpty();

            Thread.sleep(2100); // past the scanner window, measured from the cached creation time
            assertThat(fetch("GET", token).statusCode()).isEqualTo(200);

            var opened = browser.waitUntil(d -> d.findElement(By.id("test-opened")));
            assertThat(opened.getText()).startsWith("Opened").contains("Recipient");
            closeDialog(browser, "test-see-grid", "send-test-dialog");
            browser.waitUntil(d -> d.findElements(By.cssSelector(".status-dot.status-opened[data-email-id]"))
                            .size()
                    == 1);
            assertThat(browser.driver().findElements(By.cssSelector("#tracked-emails-grid .test-badge")).stream()
                            .filter(WebElement::isDisplayed)
                            .map(WebElement::getText))
                    .containsExactly("Test");
        }
    }

    @Test
    void a_notification_link_opens_that_email_and_anothers_email_is_not_there() throws Exception {
        var owner = professionalOwner();
        var api = new ApiClient(port);
        var mine = api.post(
                        "/api/v1/tracked-emails",
                        owner.token(),
                        ApiClient.json("subject", "Linked from a pop-up", "recipients", List.of("ada@example.com")))
                .json()
                .path("id")
                .asString();
        var someoneElse = professionalOwner();
        var theirs = api.post(
                        "/api/v1/tracked-emails",
                        someoneElse.token(),
                        ApiClient.json("subject", "Not for you", "recipients", List.of("bob@example.com")))
                .json()
                .path("id")
                .asString();
        try (var browser = Browser.open(port)) {
            signIn(browser, owner.email());

            browser.go("/tracked-emails?email=" + mine);
            assertThat(browser.byId("email-detail").getText()).contains("Linked from a pop-up");

            browser.go("/tracked-emails?email=" + theirs);
            browser.waitUntil(d -> browser.pageText().contains("not among yours"));
            assertThat(browser.driver().findElements(By.id("email-detail"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("Not for you");
        }
    }

    private Workspaces.Owner professionalOwner() {
        var api = new ApiClient(port);
        var owner = new Workspaces(api).signUp();
        var upgraded = api.put("/api/v1/admin/plan", owner.token(), ApiClient.json("plan", "PROFESSIONAL"));
        assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
        return owner;
    }

    private static void signIn(Browser browser, String email) {
        browser.signIn(email, Workspaces.PASSWORD, "/tracked-emails");
    }

    /**
     * Fetches the pixel over HTTP as a recipient's Chrome would, from a network no member of the workspace uses; returns
     * the tracked email's id. The email is first dated back a minute: fetches in its first 2 seconds count as scanners.
     */
    private UUID fetchPixel(String token) {
        var emailId = pixels.find(token).orElseThrow().trackedEmailId();
        database.execute(
                "UPDATE tracked_email SET created_at = created_at - interval '1 minute' WHERE id = ?", emailId);
        database.execute(
                "UPDATE pixel_token SET created_at = created_at - interval '1 minute' WHERE tracked_email_id = ?",
                emailId);
        assertThat(fetch("GET", token).statusCode()).isEqualTo(200);
        return emailId;
    }

    private HttpResponse<byte[]> fetch(String method, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/t/" + token + ".gif"))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", READER_ADDRESS)
                .header("User-Agent", CHROME_ON_WINDOWS)
                .method(method, HttpRequest.BodyPublishers.noBody());
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void typeInTextArea(Browser browser, String id, String text) {
        var area = browser.waitUntil(d -> d.findElement(By.cssSelector("#" + id + " textarea")));
        area.clear();
        area.sendKeys(text);
        browser.waitForVaadin();
    }

    /** Rows on screen: the grid keeps spare row elements around, hidden, when its list shrinks. */
    private static long rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#tracked-emails-grid .status-dot[data-email-id]")).stream()
                .filter(WebElement::isDisplayed)
                .count();
    }

    /** Closes a dialog and waits until it has left the page, so later look-ups can't find its fields. */
    private static void closeDialog(Browser browser, String buttonId, String dialogId) {
        browser.byId(buttonId).click();
        browser.waitUntil(d -> d.findElements(By.id(dialogId)).isEmpty());
        browser.waitForVaadin();
    }

    /** The first of these elements that is on screen, or null (so that a wait goes on). */
    private static WebElement shown(List<WebElement> elements) {
        return elements.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private static String value(WebElement field) {
        var value = field.getDomProperty("value");
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean hasClass(WebElement element, String name) {
        return element != null
                && List.of(element.getDomAttribute("class").split("\\s+")).contains(name);
    }

    private static By dot(UUID emailId) {
        return By.cssSelector(".status-dot[data-email-id='" + emailId + "']");
    }

    private static By views(UUID emailId) {
        return By.cssSelector(".views[data-email-id='" + emailId + "']");
    }
}
