package dev.playbook.bench.search;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium with a fresh profile (so an empty cache), driven through the Debian
 * chromedriver; both paths are given, so Selenium Manager never looks for or downloads either. Measures
 * the header search box as a reader uses it, and the search engine's query times.
 */
public final class SearchBrowser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static final List<String> SEARCH_BOX = List.of(
            ".header-tools form[role=search] input[type=search]", "form[role=search] input[type=search]");
    /** Results count as shown once neither they nor the network have changed for this long. */
    static final double SETTLE_MS = 750;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

    // Debian's Chromium runs ahead of the DevTools versions Selenium knows; nothing here uses DevTools.
    // Held in a field because java.util.logging forgets the level of a logger nobody references.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"),
            Logger.getLogger("org.openqa.selenium.remote.RemoteWebDriver"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private static final String TIMING = resource("timing.js");

    private final ChromeDriver driver;
    private final Path profile;

    private SearchBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why no browser can start here, if it cannot. */
    public static Optional<String> unavailable() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("Chromium not installed: apt-get install chromium chromium-driver (missing " + missing + ")");
    }

    public static SearchBrowser start() throws IOException {
        Path profile = Files.createTempDirectory("playbook-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
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
                "--disable-extensions",
                // Only this machine is reachable: nothing from elsewhere can enter the figures.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
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
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        return new SearchBrowser(driver, profile);
    }

    /**
     * Opens {@code page}, clicks the header search box and types {@code query} into it a key at a time,
     * {@code keyDelayMs} apart, then waits until results are shown and have settled (neither they nor the
     * network changed for {@link #SETTLE_MS}).
     */
    public ColdQuery typedQuery(URI page, String query, long keyDelayMs) throws InterruptedException {
        return coldQuery(page, query, false, keyDelayMs);
    }

    /**
     * As {@link #typedQuery}, but the query is pasted: inserted in one go, one input event, no key press;
     * its loads then wait for each other only, never for typing.
     */
    public ColdQuery pastedQuery(URI page, String query) throws InterruptedException {
        return coldQuery(page, query, true, 0);
    }

    private ColdQuery coldQuery(URI page, String query, boolean paste, long keyDelayMs) throws InterruptedException {
        driver.get(page.toString());
        List<ResourceTiming> loaded = timings(script(resource("arm.js")));
        List<ResourceTiming> withPage = loaded.stream().filter(SearchBrowser::isSearchFile).toList();
        WebElement box = searchBox();
        box.click();
        if (paste) {
            // What a paste does: the text inserted where the caret is, one input event.
            script("document.execCommand('insertText', false, arguments[0]);", query);
        }
        // Keys on a fixed beat: each driver call takes time of its own, which the pause makes up for.
        long start = System.nanoTime();
        for (int i = 0; !paste && i < query.length(); i++) {
            long due = start + i * keyDelayMs * 1_000_000;
            long wait = (due - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            new Actions(driver).sendKeys(String.valueOf(query.charAt(i))).perform();
        }
        long deadline = System.nanoTime() + QUERY_TIMEOUT.toNanos();
        while (true) {
            Map<String, Object> state = script(resource("poll.js"), box);
            double settledSince = Math.max(number(state, "lastChange"), number(state, "lastResponse"));
            if (query.equals(state.get("value")) && number(state, "shown") > 0 && number(state, "lastChange") >= 0
                    && number(state, "now") - settledSince >= SETTLE_MS) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no results shown for \"" + query + "\" on " + page + " within "
                        + QUERY_TIMEOUT.toSeconds() + " s (box holds \"" + state.get("value") + "\", "
                        + number(state, "shown") + " options shown, " + number(state, "requests") + " requests)");
            }
            Thread.sleep(50);
        }
        Map<String, Object> collected = script(resource("collect.js"));
        Map<String, Object> watched = map(collected.get("state"));
        List<Double> inputs = Arrays.stream(doubles(watched.get("inputs"))).boxed().toList();
        int keys = doubles(watched.get("keys")).length;
        if (keys != (paste ? 0 : query.length()) || inputs.size() != (paste ? 1 : query.length())) {
            throw new IllegalStateException("entering \"" + query + "\" gave " + keys + " key presses and "
                    + inputs.size() + " input events");
        }
        // What the page still fetched on its own after loading (a favicon) started before the click: not search.
        double touched = number(watched, "firstFocus");
        List<ResourceTiming> requests = timings(collected.get("entries")).stream()
                .filter(request -> request.startTime() >= touched).toList();
        return new ColdQuery(query, paste, requests, withPage, touched, inputs, number(watched, "lastChange"),
                (int) number(watched, "shown"));
    }

    /**
     * Opens {@code page}, types the first query into the search box so that it loads the runtime, opens
     * the engine on {@code root} and times every query warm (see {@code query-times.js}).
     */
    public QueryTimes queryTimes(URI page, URI root, List<String> queries, Map<String, Object> options)
            throws InterruptedException {
        driver.get(page.toString());
        searchBox().click();
        new Actions(driver).sendKeys(queries.get(0)).perform();
        long deadline = System.nanoTime() + QUERY_TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(script("return typeof window.PlaybookSearch === 'object' && window.PlaybookSearch !== null"
                + " && typeof window.PlaybookSearch.open === 'function';"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the search runtime (PlaybookSearch.open) did not load on " + page);
            }
            Thread.sleep(50);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(resource("query-times.js"),
                root.toString(), queries, options);
        Map<String, Object> times = map(result);
        if (times.containsKey("error")) {
            throw new IllegalStateException("timing queries failed in the browser: " + times.get("error"));
        }
        return new QueryTimes(queries, doubles(times.get("search")), doubles(times.get("rank")),
                toInts(doubles(times.get("hits"))));
    }

    private WebElement searchBox() {
        for (String css : SEARCH_BOX) {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new NoSuchElementException("no search box on " + driver.getCurrentUrl() + " (looked for "
                + String.join(" and ", SEARCH_BOX) + ")");
    }

    /** Files of the search runtime or export, as opposed to the page's own scripts and styles. */
    static boolean isSearchFile(ResourceTiming timing) {
        String path = timing.path();
        return path.contains("/search/") || path.matches(".*/search[^/]*\\.js");
    }

    private <T> T script(String body, Object... args) {
        @SuppressWarnings("unchecked")
        T result = (T) driver.executeScript(TIMING + "\n" + body, args);
        return result;
    }

    static List<ResourceTiming> timings(Object entries) {
        List<ResourceTiming> timings = new ArrayList<>();
        for (Object item : (List<?>) entries) {
            Map<String, Object> entry = map(item);
            timings.add(new ResourceTiming(String.valueOf(entry.get("name")), String.valueOf(entry.get("initiatorType")),
                    number(entry, "startTime"), number(entry, "responseEnd"), (long) number(entry, "transferSize"),
                    (long) number(entry, "encodedBodySize"), (long) number(entry, "decodedBodySize")));
        }
        return timings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("expected an object from the browser, got " + value);
        }
        return (Map<String, Object>) value;
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("expected a number for " + key + " from the browser, got " + value);
        }
        return number.doubleValue();
    }

    private static double[] doubles(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("expected a list of numbers from the browser, got " + value);
        }
        return list.stream().mapToDouble(item -> ((Number) item).doubleValue()).toArray();
    }

    private static int[] toInts(double[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    static String resource(String name) {
        try (InputStream in = SearchBrowser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + SearchBrowser.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
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
