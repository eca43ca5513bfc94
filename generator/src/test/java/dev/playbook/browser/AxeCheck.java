package dev.playbook.browser;

import dev.playbook.testing.NpmTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core over the page the browser has open and gives its violations, each as one line
 * (rule, impact, the first nodes' selectors). axe is injected through WebDriver, which the page's
 * Content-Security-Policy does not block; without axe-core installed the test is skipped (on CI it
 * fails), as {@link NpmTools#axeCore()} decides.
 */
final class AxeCheck {

    /** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices; each violation one line, or why axe failed. */
    static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));";

    private static volatile String script;

    private AxeCheck() {
    }

    /** The violations on the open page; an empty list when it passes. */
    static List<String> violations(Browser browser) {
        if (script == null) {
            try {
                script = Files.readString(NpmTools.axeCore(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Boolean.TRUE.equals(browser.script("return typeof axe !== 'undefined';"))) {
            browser.script(script);
        }
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(v -> lines.add(String.valueOf(v)));
        } else if (result instanceof Map<?, ?> map) {
            lines.add(map.toString());
        }
        return lines;
    }
}
