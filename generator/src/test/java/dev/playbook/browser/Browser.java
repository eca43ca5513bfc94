package dev.playbook.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Chromium, driven through the Debian chromedriver, that keeps every console message
 * the pages log. Start one per test class: a start costs seconds, a page load milliseconds.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    static final String NOT_INSTALLED = "Chromium not installed: apt-get install chromium chromium-driver";

    // Debian's Chromium runs ahead of the DevTools versions bundled with Selenium, so the driver warns
    // on every start that it found no matching CDP. These tests do not use CDP; the warning is noise.
    // Kept in a field because java.util.logging forgets the level of a logger nobody references.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    /** Messages the browser logged before this time (ms since the epoch) belong to earlier pages. */
    private long consoleSince;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test when Chromium or its driver is missing, with the command that installs
     * them; on CI ({@code CI=true}) a missing browser fails instead of skipping quietly. For a whole
     * class, prefer {@code @ExtendWith(ChromiumInstalled.class)}: Surefire neither counts nor shows a
     * class skipped from {@code @BeforeAll}.
     */
    public static void assumeAvailable() {
        unavailable().ifPresent(reason -> {
            if (onCi()) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        });
    }

    /** Why no browser can start here, if it cannot. */
    static Optional<String> unavailable() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(NOT_INSTALLED + " (missing " + missing + ")");
    }

    static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Starts a desktop-sized browser with a fresh profile. */
    public static Browser start() {
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        // Both paths given, so Selenium Manager never looks for (or downloads) a browser or driver.
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-default-apps",
                // Any host name resolves to nothing, so a page can reach no machine but this one;
                // a request that tries shows up as a console error.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withSilent(true)
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and waits for its load event (deferred scripts have run by then). */
    public void open(String url) {
        driver.get(url);
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs JavaScript in the page; {@code return} hands a value back. */
    @SuppressWarnings("unchecked")
    public <T> T script(String javascript, Object... args) {
        return (T) driver.executeScript(javascript, args);
    }

    /** Real key presses, sent to whatever has focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Waits up to five seconds for the condition to hold (a non-null, non-false value); {@code what} names it in the failure. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        // A page that reloads (live reload, a redirect) can turn a found element stale: poll again.
        return new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /**
     * Console errors since the start or the last {@link #clearConsole()}: {@code console.error},
     * uncaught exceptions and failed loads (404s, blocked hosts), each as Chromium words it,
     * starting with the URL it came from.
     */
    public List<String> consoleErrors() {
        return console(Level.SEVERE);
    }

    /** Console warnings, as {@link #consoleErrors()}. */
    public List<String> consoleWarnings() {
        return console(Level.WARNING);
    }

    /** Forgets every message so far, so what comes next belongs to the next page or step. */
    public void clearConsole() {
        drainConsole();
        console.clear();
        // chromedriver may hand out an earlier page's messages only after this drain when the
        // machine is busy: they carry the time the browser logged them, so they are left out.
        consoleSince = System.currentTimeMillis();
    }

    private List<String> console(Level level) {
        drainConsole();
        return console.stream().filter(entry -> entry.getLevel().equals(level)).map(LogEntry::getMessage).toList();
    }

    // Read through chromedriver's log endpoint (goog:loggingPrefs), which also reports failed
    // loads; WebDriver BiDi's console events do not. It hands each message out once: keep them.
    private void drainConsole() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getTimestamp() >= consoleSince)
                .forEach(console::add);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("playbook-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile folder", e);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> walk = Files.walk(profile)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
        }
    }
}
