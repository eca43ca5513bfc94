package dev.playbook.build;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.diag.Problem;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceText;
import dev.playbook.testing.FuzzPlaybook;
import dev.playbook.theme.ThemeNotFoundException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.playbook.testing.Positioned.assertPositioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (fuzzing): any bytes as one page (front matter, Markdown, raw HTML) of a small real
 * playbook, built by the real pipeline. The build returns problems, never throws; problems point
 * into the files read. When the page passes the checks the build goes on to the write stage, and
 * then every published page parses, runs no script but the theme's own files (and the search export), carries no event
 * handler or script URL, and nothing is written outside the output folder.
 *
 * <p>The playbook is written once per JVM and its build cache kept, so an input costs one page's
 * render (and, when it is clean, one incremental publish). The normal test run replays
 * {@code PageFuzzTestInputs/}; {@code scripts/fuzz.sh} fuzzes (docs/fuzzing.md).
 */
class PageFuzzTest {

    static final String FUZZED = "standards/fuzzed.md";
    private static final LocalDate DATE = LocalDate.of(2026, 10, 1);
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "srcset", "background", "cite", "longdesc", "ping", "manifest");

    private static Warm warm;
    private static long inputs;

    /** The playbook, its output folder and the build cache, shared by every input of a run. */
    private record Warm(Path root, Path source, Path out, BuildCache cache, Map<String, String> texts) {
    }

    @FuzzTest(maxDuration = "5m")
    void page(byte[] input) throws IOException, ThemeNotFoundException {
        Warm playbook = warm();
        Path page = playbook.source().resolve(FUZZED);
        Files.write(page, input);
        // The loader's cache knows a file by size and time; a clock tick can hold many inputs.
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_000_000L * ++inputs));
        Map<String, String> texts = new HashMap<>(playbook.texts());
        texts.put("playbook/" + FUZZED, decoded(input));

        BuildReport checked = build(playbook, false);
        assertPositioned(checked.problems(), texts);
        assertFalse(checked.published(), "a check-only build publishes nothing");
        if (checked.hasErrors()) {
            return;
        }
        BuildReport written = build(playbook, true);
        List<Problem> added = new ArrayList<>(written.problems());
        added.removeAll(checked.problems());
        assertEquals(List.of(), added, "checking and building find the same problems");
        assertTrue(written.problems().containsAll(checked.problems()), "building finds what checking finds");
        assertEquals(!written.hasErrors(), written.published(), () -> "published exactly when there is no error: " + written.problems());
        if (written.published()) {
            assertSafeOutput(playbook);
        }
    }

    private static BuildReport build(Warm playbook, boolean write) throws ThemeNotFoundException {
        BuildOptions options = new BuildOptions(playbook.source(), "playbook", playbook.out(), "default",
                Optional.empty(), false, Optional.of(DATE), write);
        try (StagedBuild staged = Build.stage(options, ReleaseStep.NONE, playbook.cache(), false)) {
            return staged.publishable() ? staged.commit() : staged.report();
        }
    }

    private static String decoded(byte[] input) {
        try {
            return SourceText.decode(input, "playbook/" + FUZZED);
        } catch (SourceException e) {
            return new String(input, StandardCharsets.UTF_8);
        }
    }

    /** Every published HTML file, read back as a browser would parse it. */
    static void assertSafeOutput(Warm playbook) throws IOException {
        try (Stream<Path> root = Files.list(playbook.root())) {
            assertEquals(Set.of("playbook", "out"), root.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "nothing is written beside the source and the output folder");
        }
        Path out = playbook.out().toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            assertTrue(file.toRealPath().startsWith(out), () -> file + " leads outside the output folder");
            if (file.toString().endsWith(".html")) {
                assertSafePage(out, file);
            }
        }
    }

    static void assertSafePage(Path out, Path file) throws IOException {
        String where = out.relativize(file).toString();
        Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        for (Element element : page.getAllElements()) {
            if (element.normalName().equals("script")) {
                String src = element.attr("src");
                assertTrue(element.data().isBlank(), () -> where + ": an inline script: " + element.outerHtml());
                assertFalse(src.isEmpty(), () -> where + ": a script without src: " + element.outerHtml());
                assertFalse(src.contains(":") || src.startsWith("/"), () -> where + ": a script from elsewhere: " + src);
                Path target = file.getParent().resolve(src.replaceAll("[?#].*", "")).normalize();
                assertTrue((target.startsWith(out.resolve("assets/js")) || target.startsWith(out.resolve("search")))
                                && Files.isRegularFile(target),
                        () -> where + ": a script that is not the theme's own or the search export's: " + src);
            }
            assertFalse(Set.of("iframe", "object", "embed", "base", "frame", "frameset", "applet").contains(element.normalName()),
                    () -> where + ": an element that runs or frames other content: " + element.outerHtml());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> where + ": an event handler: " + element.outerHtml());
                assertFalse(name.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).contains("url("),
                        () -> where + ": a style that loads something: " + element.outerHtml());
                boolean refresh = name.equals("content") && element.normalName().equals("meta");
                if (URL_ATTRIBUTES.contains(name) || refresh) {
                    // A URL's scheme is where it starts (a srcset holds several): "w1;javascript:" is a relative
                    // path, not a script (a false alarm found by fuzzing). A refresh names its URL anywhere.
                    List<String> urls = name.equals("srcset") ? List.of(attribute.getValue().split(",")) : List.of(attribute.getValue());
                    for (String scheme : List.of("javascript:", "vbscript:", "data:text/html", "data:image/svg")) {
                        for (String url : urls) {
                            String read = browserUrl(url);
                            assertFalse(refresh ? read.contains(scheme) : read.startsWith(scheme),
                                    () -> where + ": a script URL in " + name + ": " + element.outerHtml());
                        }
                    }
                }
            }
        }
    }

    /** A URL as a browser's parser sees it: tabs and line breaks removed, no leading controls, lower case. */
    private static String browserUrl(String value) {
        return value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
    }

    private static synchronized Warm warm() {
        if (warm == null) {
            FuzzPlaybook playbook = FuzzPlaybook.create("playbook-page-fuzz");
            warm = new Warm(playbook.root(), playbook.source(), playbook.root().resolve("out"), new BuildCache(),
                    Map.copyOf(playbook.texts()));
        }
        return warm;
    }
}
