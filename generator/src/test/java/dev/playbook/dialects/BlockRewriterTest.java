package dev.playbook.dialects;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Each dialect's block constructs, rewritten: exact output text and exact problem positions. */
class BlockRewriterTest {

    private final Problems problems = new Problems();

    private String rewrite(String body) {
        return BlockRewriter.rewrite(new PageText("guides/page.md", "pb/guides/page.md", body, 3), IncludeFiles.none(), problems).text();
    }

    private List<String> problems() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void mkdocsAdmonitionWithTitleAndIndentedContent() {
        assertEquals("""
                Before.

                <div class="callout callout-warning" role="note">

                <span class="callout-title">Check the receipt</span>

                Ask for the order number.

                - one
                - two

                </div>

                After.
                """, rewrite("""
                Before.

                !!! warning "Check the receipt"
                    Ask for the order number.

                    - one
                    - two

                After.
                """));
        assertEquals(List.of(), problems());
    }

    @Test
    void mkdocsTypesMapToTheThemeKindsWithTheirOwnNameAsTitle() {
        assertEquals("""
                <div class="callout callout-caution" role="note">

                <span class="callout-title">Danger</span>

                Never refund cash.

                </div>

                <div class="callout callout-note" role="note">

                No title.

                </div>
                """, rewrite("!!! danger\n    Never refund cash.\n!!! info \"\"\n    No title.\n"));
    }

    @Test
    void mkdocsFoldingAdmonitionsAreDetailsOpenWithPlus() {
        assertEquals("""
                <details class="callout callout-tip">

                <span class="callout-summary">Why</span>

                Because.

                </details>

                <details class="callout callout-note" open>

                <span class="callout-summary">Note</span>

                Shown.

                </details>
                """, rewrite("??? tip \"Why\"\n    Because.\n???+ note\n    Shown.\n"));
    }

    @Test
    void nestedTipInsideDetailsAcrossDialects() {
        assertEquals("""
                <details class="disclosure">

                <span class="callout-summary">When to escalate</span>

                Outer.

                <div class="callout callout-tip" role="note">

                <span class="callout-title">Tip</span>

                Inner.

                </div>

                </details>
                """, rewrite("""
                {{< details "When to escalate" >}}
                Outer.

                !!! tip
                    Inner.
                {{< /details >}}
                """));
    }

    @Test
    void docusaurusBracketAndSpaceTitlesAndColonNesting() {
        assertEquals("""
                <div class="callout callout-tip" role="note">

                <span class="callout-title">Say sorry once</span>

                Outer text.

                <div class="callout callout-caution" role="note">

                <span class="callout-title">Mind the limit</span>

                Inner text.

                </div>

                </div>

                <div class="callout callout-note" role="note">

                <span class="callout-title">Info</span>

                Plain.

                </div>
                """, rewrite("""
                ::::tip[Say sorry once]
                Outer text.

                :::danger Mind the limit
                Inner text.
                :::
                ::::
                :::info
                Plain.
                :::
                """));
    }

    @Test
    void docusaurusUnclosedAndUnknownContainersStayTextWithWarnings() {
        String body = ":::tip\nNever closed.\n\n:::mystery\nx\n:::\n";
        assertEquals(body, rewrite(body));
        assertEquals(List.of(
                "pb/guides/page.md:3:1: warning: \":::tip\" is never closed; add a line \":::\" where it ends (until then it is shown as text)",
                "pb/guides/page.md:6:1: warning: \":::mystery\" is not a container Playbook knows (note, tip, info, warning, danger,"
                        + " caution, important, success, secondary, details); it is shown as text"), problems());
    }

    @Test
    void hugoShortcodesWithNamedAndPositionalArguments() {
        assertEquals("""
                <div class="callout callout-warning" role="note">

                <span class="callout-title">Before you refund</span>

                Check the **order**.

                </div>

                <div class="callout callout-note" role="note">

                <span class="callout-title">Info</span>

                hugo-book hint.

                </div>

                <div class="callout callout-tip" role="note">

                <span class="callout-title">Tip</span>

                One line.

                </div>

                <div class="callout callout-caution" role="note">

                <span class="callout-title">Danger</span>

                Red.

                </div>
                """, rewrite("""
                {{% alert title="Before you refund" color="warning" %}}
                Check the **order**.
                {{% /alert %}}
                {{< hint info >}}
                hugo-book hint.
                {{< /hint >}}
                {{< tip >}}One line.{{< /tip >}}
                {{% panel theme="danger" %}}
                Red.
                {{% /panel %}}
                """));
        assertEquals(List.of(), problems());
    }

    @Test
    void hugoDetailsOpenAndTabs() {
        assertEquals("""
                <details class="disclosure" open>

                <span class="callout-summary">Steps</span>

                Do this.

                </details>

                <details class="disclosure" open>

                <span class="callout-summary">Phone</span>

                Call back.

                </details>

                <details class="disclosure" open>

                <span class="callout-summary">Email</span>

                Reply.

                </details>
                """, rewrite("""
                {{< details title="Steps" open=true >}}
                Do this.
                {{< /details >}}
                {{< tabs >}}
                {{< tab "Phone" >}}
                Call back.
                {{< /tab >}}
                {{< tab "Email" >}}Reply.{{< /tab >}}
                {{< /tabs >}}
                """));
    }

    @Test
    void gitbookHintsAndJekyllHighlight() {
        assertEquals("""
                <div class="callout callout-warning" role="note">

                <span class="callout-title">Warning</span>

                Do not promise dates.

                </div>

                ```ruby
                puts 1
                ```
                """, rewrite("""
                {% hint style="warning" %}
                Do not promise dates.
                {% endhint %}
                {% highlight ruby %}
                puts 1
                {% endhighlight %}
                """));
    }

    @Test
    void unclosedHugoShortcodeIsAPositionedWarning() {
        String body = "Intro.\n\n  {{< note >}}\nNever closed.\n";
        assertEquals(body, rewrite(body));
        assertEquals(List.of("pb/guides/page.md:5:3: warning: \"{{< note >}}\" is never closed; add \"{{< /note >}}\" where it ends"
                + " (until then it is shown as text)"), problems());
    }

    @Test
    void embedsBecomeLinks() {
        assertEquals("""
                Watch: Video: <https://www.youtube.com/watch?v=dQw4w9WgXcQ> now.
                Video: <https://vimeo.com/123456>
                Video: <https://www.youtube.com/watch?v=abc_DEF-1>
                [Refund walkthrough](<https://example.com/refunds>)
                {{< youtube "bad id<script>" >}}
                """, rewrite("""
                Watch: {{< youtube dQw4w9WgXcQ >}} now.
                {{< vimeo 123456 >}}
                {% youtube abc_DEF-1 %}
                {% embed url="https://example.com/refunds" caption="Refund walkthrough" %}
                {{< youtube "bad id<script>" >}}
                """));
    }

    @Test
    void codeBlocksAreLeftAsWritten() {
        String body = "```\n!!! note\n    not a callout\n{{< note >}}\n:::tip\n```\n";
        assertSame(body, body);
        assertEquals(body, rewrite(body));
        assertEquals(List.of(), problems());
    }

    @Test
    void pagesWithoutMarkersAreNotCopied() {
        String body = "# Plain\n\nNothing to rewrite.\n";
        Rewritten rewritten = BlockRewriter.rewrite(new PageText("a.md", "a.md", body, 1), IncludeFiles.none(), problems);
        assertSame(body, rewritten.text());
    }

    @Test
    void positionsInsideAdmonitionsPointAtTheSourceColumn() {
        Rewritten rewritten = BlockRewriter.rewrite(new PageText("a.md", "pb/a.md", "!!! note\n    See [x](missing.md).\n", 5),
                IncludeFiles.none(), problems);
        int offset = rewritten.text().indexOf("missing.md");
        assertEquals("pb/a.md:6:13", format(rewritten.markdown().at(offset)));
        int wrapper = rewritten.text().indexOf("<div");
        assertEquals("pb/a.md:5:1", format(rewritten.markdown().at(wrapper + 3)));
    }

    static String format(dev.playbook.diag.SourcePosition at) {
        return at.file() + ":" + at.line() + ":" + at.column();
    }

    /** Files for include tests, keyed by path. */
    static IncludeFiles files(Map<String, String> texts) {
        return new IncludeFiles() {
            @Override
            public Optional<File> file(String path) {
                return Optional.ofNullable(texts.get(path)).map(t -> new File(path, "pb/" + path, t, 1));
            }

            @Override
            public java.util.Collection<String> paths() {
                return new java.util.TreeSet<>(texts.keySet());
            }
        };
    }
}
