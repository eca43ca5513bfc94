package dev.playbook.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.NpmTools;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (npm {@code axe-core}, installed by Maven into {@code target/npm}) run over the page a
 * {@link Browser} shows: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. The script is
 * handed to the page through WebDriver, which the page's Content-Security-Policy does not govern.
 * Without the package the calling test is skipped (on CI it fails), like a missing browser.
 */
final class AxeAudit {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']})
              .then(function (r) { done(JSON.stringify(r.violations)); })
              .catch(function (e) { done(JSON.stringify({error: String(e)})); });
            """;

    private static volatile AxeAudit loaded;
    private final String source;

    private AxeAudit(String source) {
        this.source = source;
    }

    /** Reads axe-core's browser bundle (skipping the test when it is not installed). */
    static AxeAudit load() {
        if (loaded != null) {
            return loaded;
        }
        try {
            loaded = new AxeAudit(Files.readString(NpmTools.axeCore()));
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The violations on the page the browser shows, one line each: rule id, impact, help and the
     * first elements' selectors. Empty when the page passes.
     */
    List<String> violations(Browser browser) {
        return run(browser, java.util.Map.of("type", "tag", "values", TAGS));
    }

    /**
     * Only the rules that depend on colours ({@code color-contrast}): what changes between light and
     * dark mode, once the whole audit has run in one of them.
     */
    List<String> colourViolations(Browser browser) {
        return run(browser, java.util.Map.of("type", "rule", "values", List.of("color-contrast", "link-in-text-block")));
    }

    private List<String> run(Browser browser, java.util.Map<String, Object> runOnly) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (Boolean.TRUE.equals(js.executeScript("return typeof axe === 'undefined'"))) {
            js.executeScript(source);
        }
        String json = (String) js.executeAsyncScript(RUN, runOnly);
        try {
            JsonNode result = new ObjectMapper().readTree(json);
            if (result.has("error")) {
                throw new IllegalStateException("axe failed: " + result.get("error").asText());
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode violation : result) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : violation.path("nodes")) {
                    if (targets.size() == 3) {
                        targets.add("...");
                        break;
                    }
                    String summary = node.path("failureSummary").asText().replace('\n', ' ');
                    targets.add(node.path("target").toString() + " " + (summary.length() > 160 ? summary.substring(0, 160) + "…" : summary));
                }
                lines.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " at " + String.join("; ", targets));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
