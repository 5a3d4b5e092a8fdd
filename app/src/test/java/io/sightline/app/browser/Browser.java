package io.sightline.app.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, at fixed paths, so Selenium downloads nothing). Where it is missing the browser tests
 * are skipped with a message, except under CI=true, where a missing browser fails the run.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("sightline-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static Browser open(int port) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            var message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": missing under CI=true");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return new Browser("http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    public void waitForPath(String path) {
        waitUntil(d -> path.equals(path()));
        waitForVaadin();
    }

    /** Waits until Vaadin has booted and has no server round-trip in flight. */
    public void waitForVaadin() {
        waitUntil(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.Vaadin || !window.Vaadin.Flow"
                        + " || !window.Vaadin.Flow.clients || Object.values(window.Vaadin.Flow.clients).every("
                        + " c => !c.isActive || !c.isActive()))"));
    }

    public WebElement byId(String id) {
        return waitUntil(d -> d.findElement(By.id(id)));
    }

    /** Types into a Vaadin field: its inner input sits in the light DOM as a slotted child. */
    public void type(String fieldId, String text) {
        var input = waitUntil(d -> d.findElement(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
        waitForVaadin();
    }

    /** Opens the login page, signs in, and waits for the page the app lands on. */
    public void signIn(String email, String password, String landing) {
        go("/login");
        submitLogin(email, password);
        waitForPath(landing);
    }

    /** Fills in and submits the login form on the page shown now. */
    public void submitLogin(String email, String password) {
        type("vaadinLoginUsername", email);
        type("vaadinLoginPassword", password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    public SearchContext shadow(WebElement host) {
        return host.getShadowRoot();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
