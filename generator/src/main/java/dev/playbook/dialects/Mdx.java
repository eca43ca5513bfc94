package dev.playbook.dialects;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Docusaurus's Markdown is MDX: {@code .mdx} files always, and {@code .md} files too unless the site
 * says {@code markdown: {format: 'detect'}}. MDX differs from CommonMark where real handbooks rely on
 * it: indentation never makes a code block (text indented inside {@code <details>} or a JSX
 * {@code <div>} is Markdown), {@code import}/{@code export} lines are code, not text,
 * {@code {/* ... *}{@literal /}} is a comment, and attributes are JSX ({@code style={{textAlign: 'center'}}},
 * {@code width={600}}, {@code className="x"}, {@code src={require('./a.png').default}}). This
 * rewrites those into what CommonMark and HTML mean by the same.
 */
public final class Mdx {

    private static final List<String> CONFIGS = List.of("docusaurus.config.js", "docusaurus.config.ts",
            "docusaurus.config.mjs", "docusaurus.config.mts", "docusaurus.config.cjs");
    private static final Pattern MD_FORMAT = Pattern.compile("format\\s*:\\s*['\"](detect|md)['\"]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:[\\w$*{},\\s]+\\s+from\\s+)?['\"][^'\"]+['\"]\\s*;?\\s*$");
    private static final Pattern IMPORT_OPEN = Pattern.compile("^import\\s+(?:[\\w$]+\\s*,\\s*)?\\{[^}]*$");
    private static final Pattern EXPORT = Pattern.compile("^export\\s+(const|let|var|function|default|\\{).*");
    private static final Pattern COMMENT = Pattern.compile("\\{\\s*/\\*.*?\\*/\\s*}");
    /** The core parser, for finding which lines CommonMark would take as indented code (immutable, shared). */
    private static final Parser CORE = Parser.builder().build();

    private Mdx() {
    }

    /**
     * Whether a handbook is Docusaurus's, all of whose Markdown is MDX: a {@code docusaurus.config.*}
     * in its source folder or the folder above (where a {@code docs/} source lives), not switching
     * {@code .md} files to plain Markdown.
     */
    public static boolean isHandbook(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        for (Path folder : absolute.getParent() == null ? List.of(absolute) : List.of(absolute, absolute.getParent())) {
            for (String name : CONFIGS) {
                Optional<String> config = read(folder.resolve(name));
                if (config.isPresent()) {
                    return !MD_FORMAT.matcher(config.get()).find();
                }
            }
        }
        return false;
    }

    /** Whether the page at {@code path} is MDX in a handbook that is ({@code docusaurus}) or is not Docusaurus's. */
    public static boolean isMdx(String path, boolean docusaurus) {
        return docusaurus || path.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }

    /** The page's lines with MDX's own syntax rewritten; positions are kept for every character left. */
    static List<Line> rewrite(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (fence != null) {
                fence = Fences.closes(text, fence) ? null : fence;
                out.add(line);
                continue;
            }
            Optional<String> opening = Fences.opening(text);
            if (opening.isPresent()) {
                fence = opening.get();
                out.add(line);
                continue;
            }
            int end = esmEnd(lines, i);
            if (end >= 0) {
                for (int k = i; k <= end; k++) {
                    out.add(Line.blank(lines.get(k).at(0)));
                }
                i = end;
                continue;
            }
            out.add(JsxAttributes.rewrite(withoutComments(line)));
        }
        return dedented(out);
    }

    /**
     * The last line of the {@code import} or {@code export} block starting at line {@code i}, or -1.
     * As in MDX, such a block starts where a block may (after a blank line) and runs to the next blank line.
     */
    private static int esmEnd(List<Line> lines, int i) {
        String text = lines.get(i).text();
        if (i > 0 && !lines.get(i - 1).isBlank()
                || !(IMPORT.matcher(text).matches() || IMPORT_OPEN.matcher(text).matches() || EXPORT.matcher(text).matches())) {
            return -1;
        }
        int end = i;
        while (end + 1 < lines.size() && !lines.get(end + 1).isBlank()) {
            end++;
        }
        return end;
    }

    private static Line withoutComments(Line line) {
        Line out = line;
        var m = COMMENT.matcher(out.text());
        while (m.find()) {
            out = out.replace(m.start(), m.end(), "");
            m = COMMENT.matcher(out.text());
        }
        return out;
    }

    /**
     * The lines with every run CommonMark would read as indented code moved left by the four columns
     * that made it code, again until none is left: in MDX that indentation means nothing.
     */
    private static List<Line> dedented(List<Line> input) {
        List<Line> lines = new ArrayList<>(input);
        for (int pass = 0; pass < 8; pass++) {
            StringBuilder joined = new StringBuilder();
            List<Integer> starts = new ArrayList<>(lines.size());
            for (Line line : lines) {
                starts.add(joined.length());
                joined.append(line.text()).append('\n');
            }
            boolean changed = false;
            for (Node node : CORE.parse(joined.toString()).getDescendants()) {
                if (!(node instanceof IndentedCodeBlock code)) {
                    continue;
                }
                for (BasedSequence content : code.getContentLines()) {
                    int offset = content.getStartOffset();
                    int index = lineAt(starts, offset);
                    Line line = lines.get(index);
                    int column = offset - starts.get(index);
                    int from = column;
                    while (from > 0 && column - from < 4 && line.text().charAt(from - 1) == ' ') {
                        from--;
                    }
                    if (from == column && from > 0 && line.text().charAt(from - 1) == '\t') {
                        from--;
                    }
                    if (from < column) {
                        lines.set(index, line.replace(from, column, ""));
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return lines;
    }

    private static int lineAt(List<Integer> starts, int offset) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of(""); // present but unreadable: still Docusaurus's, with its defaults
        }
    }
}
