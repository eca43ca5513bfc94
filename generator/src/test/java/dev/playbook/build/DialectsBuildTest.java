package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A small handbook written in every dialect at once, built end to end: the blocks it renders and the problems, at their places. */
class DialectsBuildTest {

    @TempDir
    Path dir;

    private TestPlaybook handbook() {
        return TestPlaybook.in(dir)
                .file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\n")
                .file("index.md", "# Service handbook\n\nStart here.\n")
                .file("hugo.md", """
                        ---
                        title: Refunds (Hugo)
                        ---
                        {{% alert title="Before you refund" color="warning" %}}
                        Check the order number. See [the limits](limitz.md).
                        {{% /alert %}}

                        {{< details "When to escalate" >}}
                        After two tries.

                        {{< hint info >}}
                        Ask your team lead.
                        {{< /hint >}}
                        {{< /details >}}

                        {{< youtube dQw4w9WgXcQ >}}

                        {{% include "/_shared/sign-off.md" %}}
                        """)
                .file("mkdocs.md", """
                        # Greeting (MkDocs)

                        !!! tip "Use their name"
                            Say it once, early.

                        ??? note "Why"
                            People like [being known](nowhere.md).

                        --8<-- "_shared/sign-off.md"
                        """)
                .file("docusaurus.md", """
                        # Hand-over (Docusaurus)

                        :::danger[Never]
                        Promise a date you cannot keep.
                        :::

                        :::note
                        Unclosed, so kept as text.
                        """)
                .file("gitbook.md", """
                        # Callbacks (GitBook)

                        {% hint style="success" %}
                        Call back within **one** day.
                        {% endhint %}

                        {% embed url="https://www.youtube.com/watch?v=abc123" %}
                        """)
                .file("jekyll.md", """
                        # Tone (Jekyll)

                        > **Note:** Be warm, not familiar.

                        {% include sign-off.md %}

                        ## When {#when}

                        {% raw %}
                        Shown as written: {{ page.title }}
                        {% endraw %}
                        """)
                .file("_shared/sign-off.md", "Thank the customer by name. See [the script](scrip.md).\n")
                .file("_includes/sign-off.md", "End with a thank-you.\n");
    }

    @Test
    void rendersEachDialectsBlocksAndReportsProblemsWhereTheyAre() {
        TestPlaybook site = handbook();
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);

        Element hugo = site.html("hugo.html").selectFirst("main .content");
        assertEquals("<div class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Before you refund</p>"
                        + "<p>Check the order number. See <a href=\"limitz.md\">the limits</a>.</p></div>",
                flat(hugo.selectFirst("div.callout")));
        Element details = hugo.selectFirst("details.disclosure");
        assertEquals("When to escalate", details.selectFirst("summary").text());
        assertEquals(List.of("callout callout-note"), details.select("div.callout").eachAttr("class"));
        assertEquals("Ask your team lead.", details.selectFirst("div.callout-note > p:not(.callout-title)").text());
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", hugo.selectFirst("a[href*=youtube]").attr("href"));
        assertEquals("Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ", hugo.selectFirst("a[href*=youtube]").parent().text());
        assertEquals("Thank the customer by name. See the script.", hugo.select("p").last().text());

        Element mkdocs = site.html("mkdocs.html").selectFirst("main .content");
        assertEquals("<div class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Use their name</p>"
                + "<p>Say it once, early.</p></div>", flat(mkdocs.selectFirst("div.callout")));
        assertEquals("Why", mkdocs.selectFirst("details.callout-note > summary").text());

        Element docusaurus = site.html("docusaurus.html").selectFirst("main .content");
        assertEquals("<div class=\"callout callout-caution\" role=\"note\"><p class=\"callout-title\">Never</p>"
                + "<p>Promise a date you cannot keep.</p></div>", flat(docusaurus.selectFirst("div.callout")));
        assertEquals(":::note Unclosed, so kept as text.", docusaurus.select("p").last().text());

        Element gitbook = site.html("gitbook.html").selectFirst("main .content");
        assertEquals("<div class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Success</p>"
                + "<p>Call back within <strong>one</strong> day.</p></div>", flat(gitbook.selectFirst("div.callout")));
        assertEquals("Video: https://www.youtube.com/watch?v=abc123", gitbook.select("p").last().text());

        Element jekyll = site.html("jekyll.html").selectFirst("main .content");
        assertEquals("<div class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">Note</p>"
                + "<p>Be warm, not familiar.</p></div>", flat(jekyll.selectFirst("div.callout")));
        assertEquals("End with a thank-you.", jekyll.selectFirst("div.callout + p").text());
        assertEquals("when", jekyll.selectFirst("h2").id());
        assertEquals("Shown as written: {{ page.title }}", jekyll.select("p").last().text());

        assertFalse(site.published("_shared/sign-off.html"), "partials are included, not published");
        assertFalse(site.published("_includes/sign-off.html"));
        assertEquals(List.of(
                "_shared/sign-off.md:1:46: warning: broken link: nothing at \"scrip.md\"",
                "docusaurus.md:7:1: warning: \":::note\" is never closed; add a line \":::\" where it ends (until then it is shown as text)",
                "hugo.md:5:42: warning: broken link: nothing at \"limitz.md\"",
                "mkdocs.md:7:31: warning: broken link: nothing at \"nowhere.md\""),
                problems(result.err()).stream().filter(p -> !p.startsWith("playbook.yml")).toList());
    }

    @Test
    void aMissingIncludeFailsTheBuildAtTheInclude() {
        TestPlaybook site = handbook().file("guide.md", "# Guide\n\nText.\n\n  {% include_relative _shared/sign-of.md %}\n");
        var result = site.build();
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of("guide.md:5:3: error: cannot include \"_shared/sign-of.md\": no such file in the source folder"
                        + " (looked for _shared/sign-of.md) (did you mean \"_shared/sign-off.md\"?)"),
                problems(result.err()).stream().filter(p -> p.contains("error")).toList());
    }

    /** The problem lines of a build's output, with the temporary folder taken off their paths. */
    private List<String> problems(String err) {
        return err.lines().filter(l -> l.contains(": warning: ") || l.contains(": error: "))
                .map(l -> l.substring(l.indexOf("playbook/") + "playbook/".length()))
                .sorted().toList();
    }

    private static String flat(Element element) {
        return element.outerHtml().replaceAll(">\\s+<", "><").replace("\n", "");
    }
}
