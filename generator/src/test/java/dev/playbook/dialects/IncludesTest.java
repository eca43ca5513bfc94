package dev.playbook.dialects;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.playbook.dialects.BlockRewriterTest.files;
import static dev.playbook.dialects.BlockRewriterTest.format;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Includes of every dialect: where each looks, what it inserts, and the errors for cycles, missing files and escapes. */
class IncludesTest {

    private final Problems problems = new Problems();

    private Rewritten rewrite(String path, String body, Map<String, String> files) {
        return BlockRewriter.rewrite(new PageText(path, "pb/" + path, body, 1), files(files), problems);
    }

    private List<String> problems() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void eachDialectFindsItsFileWhereItsGeneratorLooks() {
        Map<String, String> files = Map.of(
                "_includes/hours.md", "Open 9 to 5.\n",
                "guides/steps.md", "1. Listen\n2. Act\n",
                "snippets/sign-off.md", "Thanks for calling.\n",
                "guides/code.py", "print('hi')\nprint('bye')\nprint('end')\n");
        Rewritten page = rewrite("guides/page.md", """
                {% include hours.md %}
                {% include_relative steps.md %}
                {{% include "steps.md" %}}
                {{< readfile file="/snippets/sign-off.md" >}}
                {% include "snippets/sign-off.md" %}
                ```python
                --8<-- "guides/code.py:2:3"
                ```
                """, files);
        assertEquals("""
                Open 9 to 5.
                1. Listen
                2. Act
                1. Listen
                2. Act
                Thanks for calling.
                Thanks for calling.
                ```python
                print('bye')
                print('end')
                ```
                """, page.text());
        assertEquals(List.of("_includes/hours.md", "guides/steps.md", "snippets/sign-off.md", "guides/code.py"), page.included());
        assertEquals(List.of(), problems());
    }

    @Test
    void includedLinesKeepTheirOwnFileAndLineAndTheIncludeIndentation() {
        Rewritten page = rewrite("a.md", "Intro.\n\n!!! note\n    --8<-- \"parts/x.md\"\n",
                Map.of("parts/x.md", "First.\n\nSee [it](gone.md).\n"));
        int link = page.text().indexOf("gone.md");
        assertEquals("pb/parts/x.md:3:10", format(page.markdown().at(link)));
        assertEquals("pb/a.md:3:1", format(page.markdown().at(page.text().indexOf("<div"))), "the callout is where it opens");
    }

    @Test
    void aCycleIsAnErrorNamingTheChain() {
        rewrite("a.md", "{% include_relative b.md %}\n", Map.of(
                "a.md", "{% include_relative b.md %}\n",
                "b.md", "Text.\n{{% include \"c.md\" %}}\n",
                "c.md", "  --8<-- \"a.md\"\n"));
        assertEquals(List.of("pb/c.md:1:3: error: include cycle: a.md -> b.md -> c.md -> a.md; remove one of these includes"), problems());
    }

    @Test
    void aMissingFileIsAnErrorWithDidYouMean() {
        String body = "Before.\n  {% include_relative stpes.md %}\n";
        Rewritten page = rewrite("guides/page.md", body, Map.of("guides/steps.md", "x\n"));
        assertEquals(body, page.text(), "the include is kept as written");
        assertEquals(List.of("pb/guides/page.md:2:3: error: cannot include \"stpes.md\": no such file in the source folder"
                + " (looked for guides/stpes.md) (did you mean \"guides/steps.md\"?)"), problems());
    }

    @Test
    void pathsOutOfTheSourceFolderAreErrors() {
        rewrite("guides/page.md", "--8<-- \"../../etc/passwd\"\n{{< readfile file=\"/..//secret.md\" >}}\n"
                + "{% include_relative /etc/hosts %}\n", Map.of());
        assertEquals(List.of(
                "pb/guides/page.md:1:1: error: cannot include \"../../etc/passwd\": the path leads out of the source folder;"
                        + " include files inside it, by a path relative to it or to this file",
                "pb/guides/page.md:2:1: error: cannot include \"/..//secret.md\": the path leads out of the source folder;"
                        + " include files inside it, by a path relative to it or to this file",
                "pb/guides/page.md:3:1: error: cannot include \"/etc/hosts\": no such file in the source folder"
                        + " (looked for guides/etc/hosts)"), problems());
    }

    @Test
    void includesWithParametersStayTextWithAWarning() {
        String body = "{% include card.html title=\"Refunds\" %}\n";
        assertEquals(body, rewrite("a.md", body, Map.of("_includes/card.html", "<div>{{ include.title }}</div>\n")).text());
        assertEquals(List.of("pb/a.md:1:1: warning: \"{% include card.html title=\"Refunds\" %}\" passes parameters or variables"
                + " to a template; Playbook includes files but runs no templates, so it is shown as text"), problems());
    }
}
