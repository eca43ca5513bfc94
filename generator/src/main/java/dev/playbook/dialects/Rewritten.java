package dev.playbook.dialects;

import dev.playbook.diag.SourceMap;

import java.util.List;
import java.util.Objects;

/**
 * A page's Markdown with other generators' blocks rewritten, and where each character came from.
 *
 * @param markdown the text to render, with the positions of its characters in their files
 * @param included    the files it included, in the order first included (their content is in the text)
 * @param conversions the constructs met, rendered or kept as text, in the order met
 */
public record Rewritten(SourceMap markdown, List<String> included, List<Conversion> conversions) {
    public Rewritten {
        Objects.requireNonNull(markdown, "markdown");
        included = List.copyOf(included);
        conversions = List.copyOf(conversions);
    }

    public String text() {
        return markdown.text();
    }
}
