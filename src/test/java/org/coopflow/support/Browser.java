package org.coopflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One person's browser on the test server: Debian's headless Chromium driven by Debian's chromedriver, both
 * from /usr/bin (CI installs them with apt; nothing is ever downloaded at test time — no Selenium Manager).
 * Each browser has its own fresh profile, so its own session cookie: several people can work side by side.
 * Missing browser or driver fails the test with the reason, it never skips.
 */
public final class Browser implements AutoCloseable {

    /** Overridable for a local run on another system: -Dcoopflow.chromium=… -Dcoopflow.chromedriver=… */
    public static final Path CHROMIUM = Path.of(System.getProperty("coopflow.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("coopflow.chromedriver", "/usr/bin/chromedriver"));

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("coopflow.test.target", "target"), "screenshots");

    /** Selenium looks for a CDP binding matching the browser's version; the tests use none. Strong references. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /**
     * A new browser for the application on localhost:port, asking for pages in this language
     * (Accept-Language; once signed in, the language kept with the account wins).
     */
    public static Browser start(int port, String language) {
        requireInstalled(CHROMIUM, "Chromium", "chromium");
        requireInstalled(CHROMEDRIVER, "chromedriver", "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("coopflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser("http://localhost:" + port, profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw new IllegalStateException("Could not start " + CHROMIUM + " through " + CHROMEDRIVER
                    + " (they must be the same Chromium version: apt-get install chromium chromium-driver)", e);
        }
    }

    private static void requireInstalled(Path executable, String what, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(what + " is not installed at " + executable + ": the browser journeys"
                    + " need Debian's " + debianPackage + " (apt-get install chromium chromium-driver; .ci/run"
                    + " installs both). Nothing is downloaded at test time.");
        }
    }

    /** Signs in through the sign-in page as a demo user (password "demo") and waits for the landing page. */
    public Browser signIn(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        click(By.id("sign-in"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")), "signed in as " + username);
        return this;
    }

    /** Opens a path of the application (e.g. "/requests/new") and waits until the page has loaded. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
                "page " + path + " loaded");
        return this;
    }

    /** The path (and query) of the page shown now. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The element once it is visible. */
    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by), "visible " + by);
    }

    /** Elements present on the page now (none: an empty list). */
    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The visible text of an element, once it is visible. */
    public String text(By by) {
        return find(by).getText().trim();
    }

    /** Clicks the element once it is clickable. */
    public Browser click(By by) {
        waitFor(ExpectedConditions.elementToBeClickable(by), "clickable " + by).click();
        return this;
    }

    /**
     * Clicks something that loads another page (a link, a form's button) and waits until the old page is
     * gone and the new one has loaded.
     */
    public Browser clickAndWait(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        click(by);
        waitFor(ExpectedConditions.stalenessOf(old), "a new page after clicking " + by);
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
                "the page after clicking " + by + " loaded");
        return this;
    }

    /** Replaces a text field's content with the text, as typed. */
    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option with this value in a select box. */
    public Browser select(By by, String value) {
        new Select(find(by)).selectByValue(value);
        return this;
    }

    /**
     * Sets a date field to an ISO date (YYYY-MM-DD). The browser's date picker reads and writes the field in
     * the browser's own format, so the value is set as a picker would set it, with its input and change events.
     */
    public Browser date(By by, String isoDate) {
        WebElement field = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
        return this;
    }

    /** Chooses a file for a file field (the file must exist on this machine). */
    public Browser attach(By by, Path file) {
        driver.findElement(by).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /**
     * Waits until the condition holds (a lambda on the driver, or one of Selenium's ExpectedConditions); when
     * it does not, fails with what the page shows and a screenshot.
     */
    public <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
        try {
            return wait.until(d -> {
                try {
                    return condition.apply(d);
                } catch (WebDriverException e) {
                    // chromedriver reports an element of a page being replaced as this "unknown error", not as a
                    // stale element: the page is still changing, so look again
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + " on " + driver.getCurrentUrl()
                    + "\n" + pageSummary() + "\nscreenshot: " + screenshot("failure-" + System.currentTimeMillis()), e);
        }
    }

    /** Saves what the browser shows to target/screenshots/name.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver itself, for what this class does not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** The page's heading and notices: what a failed wait reports. */
    private String pageSummary() {
        try {
            String headings = driver.findElements(By.cssSelector("h1, .notice, .field-error")).stream()
                    .map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(" | "));
            return "title: " + driver.getTitle() + "\nheading and notices: " + headings;
        } catch (RuntimeException e) {
            return "(page unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
