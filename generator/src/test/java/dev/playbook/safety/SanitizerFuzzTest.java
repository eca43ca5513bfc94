package dev.playbook.safety;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Severity;
import dev.playbook.diag.SourceMap;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.postprocess.ContentPostProcessor;
import dev.playbook.render.LinkResolver;
import dev.playbook.render.MarkdownRenderer;
import dev.playbook.render.RenderedBody;
import dev.playbook.testing.FuzzPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13 (fuzzing): any bytes as raw HTML, through {@link HtmlSanitizer#clean} (the parse, clean and
 * serialise that {@code postprocess.SafeContent} does on every page body) and as raw HTML inside a
 * Markdown page (rendered and post-processed as the build does). The cleaned HTML, parsed again as a
 * browser would, holds only allowed elements and attributes, nothing that runs, loads or submits, no
 * event handler and no URL whose scheme (read as a browser reads it) is not http, https, mailto or tel;
 * cleaning it again changes nothing; nothing throws. The URL check here is the test's own, written from
 * the URL standard, not the sanitizer's.
 */
class SanitizerFuzzTest {

    private static final HtmlSanitizer SANITIZER = HtmlSanitizer.documentation();
    private static final Safelist ALLOWED = SANITIZER.safelist();
    /** Elements that run, load, submit, style or change how the rest is parsed: never in the output. */
    private static final Set<String> NEVER = Set.of("script", "style", "iframe", "object", "embed", "form", "base", "meta",
            "link", "frame", "frameset", "applet", "svg", "math", "template", "noscript", "textarea", "button", "select",
            "option", "xmp", "noembed", "noframes", "plaintext", "title", "audio", "video", "source", "portal", "param");
    /** Attributes a browser reads as a URL (srcset as a list of them). */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcset",
            "cite", "data", "poster", "background", "ping", "lowsrc", "dynsrc", "longdesc", "codebase", "manifest", "icon");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** The URL standard's scheme: an ASCII letter, then ASCII letters, digits, +, - or ., then a colon. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+\\-.]*):");
    /** Images the sanitizer lets through as data URLs (raster formats, which run nothing). */
    private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/(png|gif|jpeg|webp)[;,]", Pattern.CASE_INSENSITIVE);

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(Severity.WARNING);
    private static final ContentPostProcessor POST = new ContentPostProcessor();
    private static final Page PAGE;
    private static final LinkResolver LINKS;

    static {
        FuzzPlaybook playbook = FuzzPlaybook.create("playbook-sanitizer-fuzz");
        Site site = new SiteModeler(playbook.config(), false).model(playbook.load().pages(), new Problems());
        LINKS = new LinkResolver(site, Set.of(FuzzPlaybook.IMAGE));
        PAGE = site.bySource("standards/own-the-problem.md").orElseThrow();
    }

    @FuzzTest(maxDuration = "5m")
    void clean(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        String once = SANITIZER.clean(html);
        assertAllowed(once, html);
        assertTrue(SANITIZER.isClean(once), () -> "the sanitizer would remove more from its own output " + once
                + ": " + SANITIZER.removals(once) + "\ninput: " + html);
        assertEquals(once, SANITIZER.clean(once), () -> "cleaning again changes the output; input: " + html);
        inMarkdown(html);
    }

    /** The HTML as a block and inline in a page, rendered and post-processed as the build does. */
    private static void inMarkdown(String html) {
        String markdown = "# Fuzzed\n\nBefore " + html + " after.\n\n" + html + "\n\n- *item*\n";
        String published;
        try {
            RenderedBody body = MARKDOWN.render(PAGE, SourceMap.of(markdown, PAGE.display(), PAGE.bodyLine()), LINKS, new Problems());
            published = POST.process(body.html(), PAGE.url(), PAGE.id()).html();
        } catch (StackOverflowError e) {
            return; // the build reports such a page as nesting too deeply (BodyRendering), and publishes nothing of it
        }
        // The transforms after the sanitizer add the theme's markup (heading links, table regions): not the
        // allowlist then, but still nothing that runs, loads or submits.
        assertSafe(published, html);
    }

    /** Parsed again, only allowlisted elements and attributes, and all of it safe. */
    private static void assertAllowed(String cleaned, String input) {
        for (Element element : Jsoup.parseBodyFragment(cleaned).body().getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body")) {
                continue;
            }
            assertTrue(ALLOWED.isSafeTag(tag), () -> "<" + tag + "> is not allowed: " + cleaned + "\ninput: " + input);
            for (Attribute attribute : element.attributes()) {
                // An enforced attribute is the cleaner's own (disabled on a checkbox), boolean once serialised.
                assertTrue(ALLOWED.isSafeAttribute(tag, element, attribute)
                                || ALLOWED.getEnforcedAttributes(tag).hasKeyIgnoreCase(attribute.getKey()),
                        () -> attribute.getKey() + " on <" + tag + "> is not allowed: " + cleaned + "\ninput: " + input);
            }
            if (tag.equals("input")) {
                assertEquals("checkbox", element.attr("type").strip().toLowerCase(Locale.ROOT), () -> "an input: " + cleaned);
                assertTrue(element.hasAttr("disabled"), () -> "an editable input: " + cleaned);
            }
        }
        assertSafe(cleaned, input);
    }

    private static void assertSafe(String output, String input) {
        for (Element element : Jsoup.parseBodyFragment(output).body().getAllElements()) {
            String tag = element.normalName();
            String where = element.outerHtml() + "\ninput: " + input;
            assertFalse(NEVER.contains(tag), () -> "<" + tag + "> in the output: " + where);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "an event handler: " + where);
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"), () -> name + ": " + where);
                if (URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) {
                    for (String url : name.equals("srcset") ? srcsetUrls(attribute.getValue()) : new String[] {attribute.getValue()}) {
                        Optional<String> bad = badScheme(tag, name, url);
                        bad.ifPresent(scheme -> fail("a " + scheme + ": URL in " + name + ": " + where));
                    }
                }
            }
        }
    }

    /** The scheme of the URL, as a browser reads the (already entity-decoded) value, when it is not allowed here. */
    private static Optional<String> badScheme(String tag, String attribute, String value) {
        String url = value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return Optional.empty();
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (SCHEMES.contains(name) || tag.equals("img") && attribute.equals("src") && DATA_IMAGE.matcher(url).find()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** The URLs of a srcset: comma-separated candidates, each a URL and an optional descriptor. */
    private static String[] srcsetUrls(String srcset) {
        return java.util.Arrays.stream(srcset.split(","))
                .map(candidate -> candidate.strip().split("[\\t\\n\\f\\r ]+", 2)[0])
                .toArray(String[]::new);
    }
}
