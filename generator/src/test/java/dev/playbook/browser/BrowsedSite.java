package dev.playbook.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A built site and one Chromium shared by a test class:
 * {@code @RegisterExtension static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);}.
 * Before the class it builds the site into a temporary folder (the function gets the folder and
 * returns the output folder to serve), serves that over HTTP and starts the browser; before each
 * test it gives a desktop-sized window with an empty console; after each test it fails the test if
 * a page logged an error or a warning. Pair it with {@code @ExtendWith(ChromiumInstalled.class)},
 * which skips (or, on CI, fails) the class before anything starts when Chromium is missing.
 */
final class BrowsedSite implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Function<Path, Path> build;
    private final boolean warningsFail;
    private Path temp;
    private Path out;
    private StaticServer server;
    private Browser browser;

    BrowsedSite(Function<Path, Path> build) {
        this(build, true);
    }

    private BrowsedSite(Function<Path, Path> build, boolean warningsFail) {
        this.build = build;
        this.warningsFail = warningsFail;
    }

    /** The same, failing a test only on console errors (for pages whose warnings are expected). */
    BrowsedSite errorsOnly() {
        return new BrowsedSite(build, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("playbook-browsed-");
        out = build.apply(temp);
        server = StaticServer.serve(out);
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (StaticServer closingServer = server; Browser closingBrowser = browser) {
            // both closed, even if one fails
        } finally {
            deleteTree(temp);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.resize(Browser.DESKTOP);
        browser.clearConsole();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        if (warningsFail) {
            assertEquals(List.of(), browser.consoleWarnings(), "console warnings");
        }
    }

    /** The output folder the site was built into. */
    Path out() {
        return out;
    }

    Browser browser() {
        return browser;
    }

    StaticServer server() {
        return server;
    }

    /** A file of the output folder ({@code path} may end in {@code ?query}) as the reader opens it. */
    String url(Served served, String path) {
        if (served == Served.HTTP) {
            return server.url(path);
        }
        int query = path.indexOf('?');
        return query < 0 ? out.resolve(path).toUri().toString()
                : out.resolve(path.substring(0, query)).toUri() + path.substring(query);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
