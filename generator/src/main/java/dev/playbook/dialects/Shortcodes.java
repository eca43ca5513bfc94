package dev.playbook.dialects;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paired tags around Markdown: Hugo shortcodes ({@code {{< alert color="warning" >}}} ...
 * {@code {{< /alert >}}}, {@code {{% details "Summary" %}}}, hugo-book's {@code {{< hint info >}}},
 * tabs, {@code highlight}, {@code mermaid}) and Liquid tags (GitBook's {@code {% hint style="info" %}}
 * ... {@code {% endhint %}}, tabs and {@code code}; Jekyll's {@code highlight}). The opening tag
 * starts a line; the closing one may end a line of content. Other tags are left alone.
 */
final class Shortcodes {

    private static final Pattern HUGO_OPEN = Pattern.compile("^([ \\t]*)\\{\\{([<%])-?\\s*([A-Za-z][\\w-]*)(.*?)\\s*-?([>%])}}");
    private static final Pattern LIQUID_OPEN = Pattern.compile("^([ \\t]*)\\{%-?\\s*([a-z][a-z_]*)\\b(.*?)\\s*-?%}");
    private static final Set<String> CALLOUTS = Set.of("alert", "note", "tip", "warning", "info", "caution", "danger",
            "important", "hint", "panel", "callout", "notice", "admonition", "success", "error");
    private static final Set<String> FOLDS = Set.of("details", "expand", "collapse", "spoiler");
    private static final Set<String> HUGO = union(CALLOUTS, FOLDS, Set.of("tabs", "tab", "highlight", "mermaid"));
    private static final Set<String> LIQUID = Set.of("hint", "tabs", "tab", "highlight", "code", "details");

    private Shortcodes() {
    }

    /** A paired Hugo shortcode or Liquid tag that opens at line {@code i}, when Playbook knows what it means. */
    static Optional<Block> paired(List<Line> lines, int i, Problems problems, ConversionLog log) {
        Line line = lines.get(i);
        String text = line.text();
        Matcher hugo = HUGO_OPEN.matcher(text);
        if (hugo.find() && HUGO.contains(hugo.group(3).toLowerCase(Locale.ROOT))) {
            String name = hugo.group(3).toLowerCase(Locale.ROOT);
            Pattern open = Pattern.compile("\\{\\{[<%]-?\\s*" + Pattern.quote(hugo.group(3)) + "(?=[\\s>%-])");
            Pattern close = Pattern.compile("\\{\\{[<%]-?\\s*/\\s*" + Pattern.quote(hugo.group(3)) + "\\s*-?[>%]}}");
            return block(lines, i, hugo.group(1), hugo.end(), open, close, name, Args.parse(hugo.group(4)),
                    "{{" + hugo.group(2) + " /" + hugo.group(3) + " " + hugo.group(5) + "}}", problems, log);
        }
        Matcher liquid = LIQUID_OPEN.matcher(text);
        if (liquid.find() && LIQUID.contains(liquid.group(2))) {
            String name = liquid.group(2);
            Pattern open = Pattern.compile("\\{%-?\\s*" + name + "\\b");
            Pattern close = Pattern.compile("\\{%-?\\s*end" + name + "\\s*-?%}");
            return block(lines, i, liquid.group(1), liquid.end(), open, close, name, Args.parse(liquid.group(3)),
                    "{% end" + name + " %}", problems, log);
        }
        return Optional.empty();
    }

    private static Optional<Block> block(List<Line> lines, int i, String indent, int tagEnd, Pattern open, Pattern close,
                                         String name, Args args, String closing, Problems problems, ConversionLog log) {
        Line first = lines.get(i);
        SourcePosition at = first.at(indent.length());
        int depth = 0;
        Optional<String> fence = Optional.empty();
        for (int j = i; j < lines.size(); j++) {
            Line line = lines.get(j);
            int from = j == i ? tagEnd : 0;
            String text = line.text();
            if (j > i && fence.isPresent()) {
                if (Fences.closes(text, fence.get())) {
                    fence = Optional.empty();
                }
                continue;
            }
            if (j > i && !name.equals("highlight") && !name.equals("mermaid")) {
                fence = Fences.opening(text);
                if (fence.isPresent()) {
                    continue;
                }
            }
            Matcher opens = open.matcher(text);
            Matcher closes = close.matcher(text);
            int search = from;
            while (closes.find(search)) {
                int end = closes.start();
                opens.region(search, end);
                while (opens.find()) {
                    depth++;
                }
                if (depth == 0) {
                    return Optional.of(make(lines, i, j, tagEnd, closes.start(), closes.end(), indent, at, name, args));
                }
                depth--;
                search = closes.end();
            }
            opens.region(search, text.length());
            while (opens.find()) {
                depth++;
            }
        }
        log.keptAsText(Conversion.PAIRED_TAG, at);
        problems.warning(at, "\"" + first.text().substring(indent.length(), tagEnd).strip() + "\" is never closed; add \""
                + closing + "\" where it ends (until then it is shown as text)");
        return Optional.empty();
    }

    /** The block from the opening tag on line {@code i} to the closing one on line {@code j}, at {@code closeStart}. */
    private static Block make(List<Line> lines, int i, int j, int tagEnd, int closeStart, int closeEnd, String indent,
                              SourcePosition at, String name, Args args) {
        int next = j + 1;
        List<Line> content = new ArrayList<>();
        if (i == j) {
            addUnlessBlank(content, lines.get(i).from(tagEnd).until(closeStart - tagEnd));
        } else {
            addUnlessBlank(content, lines.get(i).from(tagEnd));
            content.addAll(lines.subList(i + 1, j));
            addUnlessBlank(content, lines.get(j).until(closeStart));
        }
        Block block = switch (name) {
            case "tabs" -> Block.group(Conversion.TABS, indent, at, content, next);
            case "tab" -> Block.tab(new Callout("note", args.named("title", "name").or(args::first).orElse(""),
                    true, true, false), indent, at, content, next);
            case "highlight", "mermaid" -> {
                String language = name.equals("mermaid") ? "mermaid" : args.first().orElse("");
                List<Line> code = new ArrayList<>();
                code.add(Line.written(indent + "```" + language, at));
                content.forEach(code::add);
                code.add(Line.written(indent + "```", at));
                yield Block.verbatim(name.equals("mermaid") ? Conversion.MERMAID : Conversion.CODE, indent, at, code, next);
            }
            case "code" -> {
                List<Line> code = new ArrayList<>();
                args.named("title").ifPresent(title -> {
                    code.add(Line.written(indent + "<p class=\"code-title\">" + escape(title) + "</p>", at));
                    code.add(Line.blank(at));
                });
                code.addAll(content);
                yield Block.group(Conversion.CODE, indent, at, code, next);
            }
            default -> Block.callout(callout(name, args), indent, at, content, next);
        };
        // Text after the closing tag is read as a line of its own.
        Line after = lines.get(j).from(closeEnd);
        return after.isBlank() ? block : block.thenReading(after);
    }

    private static void addUnlessBlank(List<Line> content, Line line) {
        if (!line.isBlank()) {
            content.add(line);
        }
    }

    /** What a callout or folding shortcode says: its kind from a colour, type or style, its title from its arguments. */
    static Callout callout(String name, Args args) {
        boolean folds = FOLDS.contains(name);
        Optional<String> kindWord = args.named("color", "type", "style", "theme", "kind", "severity")
                .or(() -> args.positional().stream().filter(p -> Callout.kindOf(p).isPresent()).findFirst())
                .or(() -> Callout.kindOf(name).map(k -> name));
        String kind = kindWord.flatMap(Callout::kindOf).orElse("note");
        Optional<String> given = args.named("title", "header", "summary", "name")
                .or(() -> args.positional().stream()
                        .filter(p -> Callout.kindOf(p).isEmpty() && !p.equalsIgnoreCase("open"))
                        .findFirst());
        String title = given.orElse(folds ? "Details" : kindWord.map(Callout::defaultTitle).orElse(""));
        boolean open = args.positional().stream().anyMatch(p -> p.equalsIgnoreCase("open"))
                || args.named("open", "expanded").map(v -> v.equalsIgnoreCase("true")).orElse(false);
        return new Callout(kind, title, folds, open, false);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
