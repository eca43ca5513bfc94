package dev.playbook.dialects;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admonitions written with markers rather than tags: MkDocs ({@code !!! note "Title"}, folding
 * {@code ???} and {@code ???+}, content indented four spaces), pymdownx tabs ({@code === "Tab"})
 * and Docusaurus or VitePress containers ({@code :::tip[Title]}, {@code :::tip Title},
 * {@code ::: details Title}, closed by {@code :::}, nested with more colons or by order).
 */
final class Admonitions {

    private static final Pattern MKDOCS = Pattern.compile(
            "^([ \\t]*)(!!!|\\?\\?\\?\\+?) ?([A-Za-z][\\w-]*)((?: +[A-Za-z][\\w-]*)*)(?: +\"(.*)\")?[ \\t]*$");
    private static final Pattern TAB = Pattern.compile("^([ \\t]*)===[!+]? +\"(.*)\"[ \\t]*$");
    private static final Pattern CONTAINER = Pattern.compile(
            "^([ \\t]*)(:{3,})[ \\t]*([A-Za-z][\\w-]*)(?:\\[(.*)])?(?:[ \\t]+(.*?))?[ \\t]*(?:\\{[^}]*})?[ \\t]*$");
    private static final Pattern CONTAINER_END = Pattern.compile("^[ \\t]*:{3,}[ \\t]*$");
    private static final List<String> CONTAINERS = List.of(
            "note", "tip", "info", "warning", "danger", "caution", "important", "success", "secondary", "details");

    private Admonitions() {
    }

    /** {@code !!! type "Title"} or {@code ??? type}, with the lines indented below it. */
    static Optional<Block> mkdocs(List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher m = MKDOCS.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String indent = m.group(1);
        String type = m.group(3);
        String title = m.group(5) != null ? m.group(5) : Callout.defaultTitle(type);
        boolean folds = m.group(2).startsWith("?");
        Callout callout = new Callout(Callout.kindOf(type).orElse("note"), title, folds, m.group(2).endsWith("+"), true);
        return Optional.of(indented(lines, i, indent, callout, false));
    }

    /** {@code === "Tab"}: a tab of pymdownx's tabbed content, shown as an open disclosure. */
    static Optional<Block> tab(List<Line> lines, int i) {
        Matcher m = TAB.matcher(lines.get(i).text());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(indented(lines, i, m.group(1), new Callout("note", m.group(2), true, true, false), true));
    }

    private static Block indented(List<Line> lines, int i, String indent, Callout callout, boolean tab) {
        int width = width(indent) + 4;
        List<Line> content = new ArrayList<>();
        int end = i + 1;
        for (int j = i + 1; j < lines.size(); j++) {
            Line inner = lines.get(j);
            if (inner.isBlank()) {
                content.add(inner);
                continue;
            }
            int cut = cut(inner.text(), width);
            if (cut < 0) {
                break;
            }
            content.add(inner.from(cut));
            end = j + 1;
        }
        content = new ArrayList<>(content.subList(0, Math.max(0, end - i - 1)));
        SourcePosition at = lines.get(i).at(indent.length());
        return tab ? Block.tab(callout, indent, at, content, end) : Block.callout(callout, indent, at, content, end);
    }

    /** {@code :::type[Title]} ... {@code :::}; an unknown type or a container never closed stays text, with a warning. */
    static Optional<Block> container(List<Line> lines, int i, Problems problems, ConversionLog log) {
        Line line = lines.get(i);
        Matcher m = CONTAINER.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String indent = m.group(1);
        String type = m.group(3);
        if (!CONTAINERS.contains(type.toLowerCase(java.util.Locale.ROOT))) {
            log.keptAsText(Conversion.CONTAINER, line.at(indent.length()));
            problems.warning(line.at(indent.length()), "\"" + m.group(2) + type + "\" is not a container Playbook knows ("
                    + String.join(", ", CONTAINERS) + "); it is shown as text");
            return Optional.empty();
        }
        int depth = 0;
        Optional<String> fence = Optional.empty();
        for (int j = i + 1; j < lines.size(); j++) {
            String text = lines.get(j).text();
            if (fence.isPresent()) {
                if (Fences.closes(text, fence.get())) {
                    fence = Optional.empty();
                }
                continue;
            }
            fence = Fences.opening(text);
            if (fence.isPresent()) {
                continue;
            }
            if (CONTAINER_END.matcher(text).matches()) {
                if (depth == 0) {
                    String title = m.group(4) != null ? m.group(4).strip()
                            : m.group(5) != null && !m.group(5).isBlank() ? m.group(5).strip() : Callout.defaultTitle(type);
                    boolean details = type.equalsIgnoreCase("details");
                    Callout callout = details ? new Callout("note", title, true, false, false)
                            : new Callout(Callout.kindOf(type).orElse("note"), title, false, false, true);
                    return Optional.of(Block.callout(callout, indent, line.at(indent.length()), lines.subList(i + 1, j), j + 1));
                }
                depth--;
            } else if (CONTAINER.matcher(text).matches()) {
                depth++;
            }
        }
        log.keptAsText(Conversion.CONTAINER, line.at(indent.length()));
        problems.warning(line.at(indent.length()), "\"" + m.group(2) + type + "\" is never closed; add a line \"" + m.group(2)
                + "\" where it ends (until then it is shown as text)");
        return Optional.empty();
    }

    /** Visual width of leading blanks, a tab reaching the next multiple of four. */
    static int width(String indent) {
        int width = 0;
        for (int k = 0; k < indent.length(); k++) {
            width = indent.charAt(k) == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }
        return width;
    }

    /** The index after the leading blanks that reach {@code width}, or -1 when the line is indented less. */
    private static int cut(String text, int width) {
        int seen = 0;
        for (int k = 0; k < text.length(); k++) {
            if (seen >= width) {
                return k;
            }
            char c = text.charAt(k);
            if (c == ' ') {
                seen++;
            } else if (c == '\t') {
                seen = (seen / 4 + 1) * 4;
            } else {
                return -1;
            }
        }
        return seen >= width ? text.length() : -1;
    }
}
