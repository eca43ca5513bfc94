package dev.playbook.dialects;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourceMap;
import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rewrites the block constructs of other generators into Markdown and HTML that Playbook renders:
 * includes first (their files' lines keep their own positions), then callouts, disclosures,
 * tabs and code tags, from the outside in, then embeds. Code blocks are left as written. What is
 * not recognised stays as it is, for the renderer to show as text.
 */
public final class BlockRewriter {

    private static final Pattern RAW_OPEN = Pattern.compile("^[ \\t]*\\{%-?\\s*raw\\s*-?%}[ \\t]*$");
    private static final Pattern RAW_CLOSE = Pattern.compile("^[ \\t]*\\{%-?\\s*endraw\\s*-?%}[ \\t]*$");

    private final Problems problems;
    private final ConversionLog log;

    private BlockRewriter(Problems problems, ConversionLog log) {
        this.problems = problems;
        this.log = log;
    }

    /** The page's Markdown with every construct Playbook knows rewritten; problems at their file:line:column. */
    public static Rewritten rewrite(PageText page, IncludeFiles files, Problems problems) {
        String body = page.body();
        if (!mayHaveBlocks(body) && !page.mdx()) {
            return new Rewritten(SourceMap.of(body, page.display(), page.bodyLine()), List.of(), List.of());
        }
        List<Line> lines = Line.split(body, page.display(), page.bodyLine());
        ConversionLog log = new ConversionLog();
        Includes includes = new Includes(files, problems, log);
        lines = includes.expand(lines, page.path(), List.of());
        if (page.mdx()) {
            lines = Mdx.rewrite(lines);
        }
        List<Line> out = new BlockRewriter(problems, log).blocks(lines);
        SourcePosition end = new SourcePosition(page.display(), page.bodyLine(), 1);
        return new Rewritten(Line.join(out, end), includes.included(), log.list());
    }

    /** Whether the text has any marker a construct starts with (most pages have none: they are left as they are). */
    static boolean mayHaveBlocks(String body) {
        return body.contains("{{") || body.contains("{%") || body.contains("!!!") || body.contains("???")
                || body.contains(":::") || body.contains("8<-") || body.contains("===");
    }

    private List<Line> blocks(List<Line> input) {
        List<Line> lines = new ArrayList<>(input);
        List<Line> out = new ArrayList<>(lines.size() + 8);
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String text = line.text();
            Optional<String> fence = Fences.opening(text);
            if (fence.isPresent()) {
                out.add(line);
                int j = i + 1;
                while (j < lines.size() && !Fences.closes(lines.get(j).text(), fence.get())) {
                    out.add(lines.get(j++));
                }
                if (j < lines.size()) {
                    out.add(lines.get(j));
                }
                i = j + 1;
                continue;
            }
            if (RAW_OPEN.matcher(text).matches()) {
                int j = i + 1;
                while (j < lines.size() && !RAW_CLOSE.matcher(lines.get(j).text()).matches()) {
                    j++;
                }
                if (j < lines.size()) {
                    log.rendered(Conversion.RAW, line.at(0));
                    lines.subList(i + 1, j).forEach(raw -> out.add(escapeBraces(raw)));
                    i = j + 1;
                    continue;
                }
            }
            Optional<Block> block = Optional.empty();
            if (text.indexOf('!') >= 0 || text.indexOf('?') >= 0) {
                block = Admonitions.mkdocs(lines, i);
            }
            if (block.isEmpty() && text.contains("===")) {
                block = Admonitions.tab(lines, i);
            }
            if (block.isEmpty() && text.contains(":::")) {
                block = Admonitions.container(lines, i, problems, log);
            }
            if (block.isEmpty() && text.indexOf('{') >= 0) {
                block = Shortcodes.paired(lines, i, problems, log);
            }
            if (block.isEmpty()) {
                out.add(ChildLists.dropped(Embeds.links(line, log)));
                i++;
                continue;
            }
            write(block.get(), out);
            i = block.get().next();
            if (block.get().rest().isPresent()) {
                lines.add(i, block.get().rest().get());
            }
            if (!block.get().verbatim() && i < lines.size() && !lines.get(i).isBlank()) {
                // Raw HTML runs to the next blank line: the text after the block must not join it.
                out.add(Line.blank(block.get().at()));
            }
        }
        return out;
    }

    /** A line of a {@code {% raw %}} block, its braces escaped so no Markdown extension reads them as attributes. */
    private static Line escapeBraces(Line line) {
        Line out = line;
        String text = line.text();
        for (int k = text.length() - 1; k >= 0; k--) {
            if (text.charAt(k) == '{' && (k == 0 || text.charAt(k - 1) != '\\')) {
                out = out.replace(k, k + 1, "\\{");
            }
        }
        return out;
    }

    private static void blank(List<Line> out, SourcePosition at) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add(Line.blank(at));
        }
    }

    private void write(Block block, List<Line> out) {
        log.rendered(block.kind(), block.at());
        if (block.verbatim()) {
            out.addAll(block.content());
            return;
        }
        SourcePosition at = block.at();
        String indent = block.indent();
        if (block.callout().isPresent()) {
            for (String html : block.callout().get().opening()) {
                out.add(Line.written(indent + html, at));
            }
            blank(out, at);
        }
        out.addAll(blocks(block.content()));
        if (block.callout().isPresent()) {
            blank(out, at);
            out.add(Line.written(indent + block.callout().get().closing(), at));
        }
    }
}
