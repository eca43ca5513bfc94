package dev.playbook.postprocess;

import dev.playbook.diag.SourcePosition;
import dev.playbook.model.Glossary;
import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first use of a glossary term on a page links to the glossary, with its definition as a tooltip. */
class GlossaryTermsTest {

    private static final SourcePosition AT = new SourcePosition("glossary.yml", 1, 1);
    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("goodwill-credit", "Goodwill credit", "Money back.", List.of("courtesy credit"),
                    Optional.of("credits"), AT, AT),
            new Glossary.Term("goodwill-credit-limit", "Goodwill credit limit", "The most you may give.", List.of(),
                    Optional.empty(), AT, AT),
            new Glossary.Term("nps", "NPS", "Net Promoter Score.", List.of(), Optional.empty(), AT, AT)), "glossary.yml");

    private static Document process(String html, String url, String id) {
        return Jsoup.parseBodyFragment(new ContentPostProcessor(GLOSSARY).process(html, url, id).html());
    }

    @Test
    void onlyTheFirstUseOfATermIsLinked() {
        Document body = process("<p>A goodwill credit, then Goodwill Credits and a courtesy credit.</p><p>NPS rose.</p>",
                "standards/greet.html", "greet");
        assertEquals(List.of("goodwill credit", "NPS"), body.select("a.term-link").eachText());
        Element term = body.selectFirst(".term");
        assertEquals("../glossary.html#term-goodwill-credit", term.selectFirst("a").attr("href"));
        assertEquals("term-tip-goodwill-credit", term.selectFirst("a").attr("aria-describedby"));
        Element tip = term.selectFirst(".term-tip");
        assertEquals("tooltip", tip.attr("role"));
        assertEquals("term-tip-goodwill-credit", tip.id());
        assertEquals("Goodwill credit Money back.", tip.text());
    }

    @Test
    void theLongestTermWinsAndPluralsAndSynonymsCount() {
        Document body = process("<p>Your goodwill credit limit is low; courtesy credits help.</p>", "a.html", "a");
        assertEquals(List.of("goodwill credit limit", "courtesy credits"), body.select("a.term-link").eachText());
        assertEquals(List.of("term-tip-goodwill-credit-limit", "term-tip-goodwill-credit"),
                body.select(".term-tip").eachAttr("id"));
    }

    @Test
    void headingsLinksAndCodeAreLeftAlone() {
        Document body = process("<h2>Goodwill credit</h2><p><a href=\"x.html\">NPS</a> and <code>NPS</code></p>"
                + "<p>A term at the end: NPS</p>", "a.html", "a");
        assertEquals(List.of("NPS"), body.select("a.term-link").eachText());
        assertTrue(body.select("p").get(1).html().startsWith("A term at the end: <span class=\"term\"><a class=\"term-link\""),
                body.select("p").get(1).html());
        assertNull(body.selectFirst("h2 .term"));
    }

    @Test
    void aTermIsNotLinkedOnThePageThatExplainsIt() {
        Document body = process("<p>A goodwill credit and NPS.</p>", "parameters/credits.html", "credits");
        assertEquals(List.of("NPS"), body.select("a.term-link").eachText());
    }

    @Test
    void termsInLimitsAreLinkedAndTheGlossaryPageListsEveryTerm(@TempDir Path dir) {
        TestPlaybook playbook = CoursePlaybook.create(dir);
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        Document credits = playbook.html("parameters/credits.html");
        Element conditions = credits.selectFirst(".limits-table td.conditions");
        Element term = conditions.selectFirst(".term a.term-link");
        assertNotNull(term, conditions.outerHtml());
        assertEquals("Trail Club", term.text());
        assertEquals("../glossary.html#term-trail-club", term.attr("href"));
        assertNotNull(credits.getElementById(term.attr("aria-describedby")));
        assertNull(credits.selectFirst(".limits-table td:not(.conditions) .term"), "a term on its own page is not linked");

        Document glossary = playbook.html("glossary.html");
        assertEquals(List.of("Goodwill credit", "Trail Club", "Warm hand-off"), glossary.select(".glossary-term").eachText());
        assertEquals("term-goodwill-credit", glossary.selectFirst(".glossary-entry").id());
        assertEquals("../parameters/credits.html", "../" + glossary.selectFirst(".glossary-more a").attr("href"));
        assertEquals("standards/greet.html#how", glossary.select(".glossary-entry").get(2).selectFirst(".glossary-more a").attr("href"));
        assertTrue(playbook.html("index.html").select("#site-nav a").eachAttr("href").contains("glossary.html"));

        Document story = playbook.html("stories/parcel.html");
        assertEquals(List.of("courtesy credit", "warm hand-off"), story.select(".content a.term-link").eachText());
    }
}
