package dev.playbook.dialects;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that include another file of the source, replaced by that file's lines (which keep their
 * own positions): Hugo's {@code {{% include "x.md" %}}} and {@code {{< readfile file="x.md" >}}},
 * Jekyll's {@code {% include x.md %}} (from {@code _includes/}) and {@code {% include_relative x.md %}},
 * GitBook's {@code {% include "x.md" %}} and MkDocs snippets ({@code --8<-- "x.md"}, with an
 * optional {@code :start:end} line range, and the block form). Included files may include others;
 * a cycle, a missing file or a path out of the source folder is an error at the include.
 */
final class Includes {

    private static final int MAX_DEPTH = 16;
    private static final Pattern HUGO = Pattern.compile(
            "^([ \\t]*)\\{\\{([<%])-?\\s*(include|readfile|readFile|include-markdown)\\s+(.*?)\\s*-?[>%]}}[ \\t]*$");
    private static final Pattern LIQUID = Pattern.compile("^([ \\t]*)\\{%-?\\s*(include|include_relative)\\s+(.*?)\\s*-?%}[ \\t]*$");
    private static final Pattern SNIPPET = Pattern.compile("^([ \\t]*)(;?)-{1,}8<-{1,}[ \\t]+([\"'])(.+?)\\3[ \\t]*$");
    private static final Pattern SNIPPET_BLOCK = Pattern.compile("^([ \\t]*)-{1,}8<-{1,}[ \\t]*$");
    private static final Pattern RANGE = Pattern.compile("^(.*?):(\\d*)(?::(\\d*))?$");

    private final IncludeFiles files;
    private final Problems problems;
    private final ConversionLog log;
    private final Set<String> included = new LinkedHashSet<>();

    Includes(IncludeFiles files, Problems problems, ConversionLog log) {
        this.files = files;
        this.problems = problems;
        this.log = log;
    }

    /** The paths of every file included so far, in the order first included. */
    List<String> included() {
        return List.copyOf(included);
    }

    /** The lines of {@code path} with every include expanded; {@code chain} is the files including it, outermost first. */
    List<Line> expand(List<Line> lines, String path, List<String> chain) {
        List<Line> out = new ArrayList<>();
        Optional<String> fence = Optional.empty();
        List<String> here = new ArrayList<>(chain);
        here.add(path);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            Matcher snippet = SNIPPET.matcher(text);
            // Snippets are included inside code blocks too: that is what they are most used for.
            if (snippet.matches()) {
                if (!snippet.group(2).isEmpty()) {
                    out.add(line.replace(snippet.group(1).length(), snippet.group(1).length() + 1, ""));
                } else {
                    out.addAll(snippet(line, snippet.group(1), snippet.group(4), path, here));
                }
                continue;
            }
            Matcher block = SNIPPET_BLOCK.matcher(text);
            if (block.matches() && fence.isEmpty()) {
                int end = i + 1;
                while (end < lines.size() && !SNIPPET_BLOCK.matcher(lines.get(end).text()).matches()
                        && !lines.get(end).isBlank()) {
                    end++;
                }
                if (end < lines.size() && SNIPPET_BLOCK.matcher(lines.get(end).text()).matches()) {
                    for (int k = i + 1; k < end; k++) {
                        String name = lines.get(k).text().strip();
                        if (!name.startsWith(";")) {
                            out.addAll(snippet(lines.get(k), block.group(1), name, path, here));
                        }
                    }
                    i = end;
                    continue;
                }
            }
            if (fence.isPresent()) {
                if (Fences.closes(text, fence.get())) {
                    fence = Optional.empty();
                }
                out.add(line);
                continue;
            }
            fence = Fences.opening(text);
            if (fence.isPresent()) {
                out.add(line);
                continue;
            }
            Matcher hugo = text.indexOf('{') < 0 ? null : HUGO.matcher(text);
            if (hugo != null && hugo.matches()) {
                Args args = Args.parse(hugo.group(4));
                Optional<String> target = args.named("file", "path", "src").or(args::first);
                if (target.isPresent()) {
                    String wanted = target.get();
                    List<String> candidates = wanted.startsWith("/") ? List.of(wanted.substring(1))
                            : List.of(sibling(path, wanted), wanted);
                    out.addAll(include(line, hugo.group(1), wanted, candidates, Optional.empty(), here));
                    continue;
                }
            }
            Matcher liquid = text.indexOf('{') < 0 ? null : LIQUID.matcher(text);
            if (liquid != null && liquid.matches()) {
                Args args = Args.parse(liquid.group(3));
                Optional<String> target = args.first();
                if (target.isPresent() && args.positional().size() == 1 && args.named().isEmpty()
                        && !target.get().contains("{{")) {
                    String wanted = target.get();
                    List<String> candidates = liquid.group(2).equals("include_relative") ? List.of(sibling(path, wanted))
                            : List.of("_includes/" + wanted, sibling(path, wanted), wanted);
                    out.addAll(include(line, liquid.group(1), wanted, candidates, Optional.empty(), here));
                    continue;
                }
                log.keptAsText(Conversion.INCLUDE, line.at(liquid.group(1).length()));
                problems.warning(line.at(liquid.group(1).length()), "\"" + text.strip() + "\" passes parameters or"
                        + " variables to a template; Playbook includes files but runs no templates, so it is shown as text");
            }
            out.add(line);
        }
        return out;
    }

    /** {@code --8<-- "x.md"}: from the source folder, else beside the including file; {@code x.md:3:5} takes lines 3 to 5. */
    private List<Line> snippet(Line line, String indent, String name, String path, List<String> chain) {
        Optional<int[]> range = Optional.empty();
        String wanted = name;
        Matcher r = RANGE.matcher(name);
        if (r.matches() && files.file(normalised(name).orElse("")).isEmpty()) {
            wanted = r.group(1);
            int start = r.group(2).isEmpty() ? 1 : Integer.parseInt(r.group(2));
            int end = r.group(3) == null || r.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.group(3));
            range = Optional.of(new int[] {start, end});
        }
        return include(line, indent, wanted, List.of(wanted, sibling(path, wanted)), range, chain);
    }

    private List<Line> include(Line line, String indent, String wanted, List<String> candidates, Optional<int[]> range,
                               List<String> chain) {
        SourcePosition at = line.at(indent.length());
        List<String> normal = new ArrayList<>();
        for (String candidate : candidates) {
            Optional<String> path = normalised(candidate);
            if (path.isEmpty()) {
                problems.error(at, "cannot include \"" + wanted + "\": the path leads out of the source folder;"
                        + " include files inside it, by a path relative to it or to this file");
                log.keptAsText(Conversion.INCLUDE, at);
                return List.of(line);
            }
            if (!normal.contains(path.get())) {
                normal.add(path.get());
            }
        }
        for (String path : normal) {
            Optional<IncludeFiles.File> found = files.file(path);
            if (found.isEmpty()) {
                continue;
            }
            if (chain.contains(path)) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(path), chain.size()));
                cycle.add(path);
                problems.error(at, "include cycle: " + String.join(" -> ", cycle) + "; remove one of these includes");
                log.keptAsText(Conversion.INCLUDE, at);
                return List.of(line);
            }
            if (chain.size() >= MAX_DEPTH) {
                problems.error(at, "includes nest more than " + MAX_DEPTH + " deep (" + String.join(" -> ", chain)
                        + "); include fewer levels");
                log.keptAsText(Conversion.INCLUDE, at);
                return List.of(line);
            }
            included.add(path);
            log.rendered(Conversion.INCLUDE, at);
            IncludeFiles.File file = found.get();
            List<Line> lines = Line.split(file.text(), file.display(), file.firstLine());
            if (range.isPresent()) {
                int from = Math.max(1, range.get()[0]) - 1;
                int to = (int) Math.min(lines.size(), (long) range.get()[1]);
                lines = from < to ? lines.subList(from, to) : List.of();
            }
            List<Line> expanded = expand(lines, path, chain);
            List<Line> out = new ArrayList<>(expanded.size());
            for (Line inner : expanded) {
                out.add(inner.prefixed(indent, at));
            }
            return out;
        }
        String hint = normal.stream().map(p -> Suggestions.didYouMean(p, files.paths()))
                .filter(s -> !s.isEmpty()).findFirst().orElse("");
        problems.error(at, "cannot include \"" + wanted + "\": no such file in the source folder (looked for "
                + String.join(", ", normal) + ")" + hint);
        log.keptAsText(Conversion.INCLUDE, at);
        return List.of(line);
    }

    /** {@code name} beside the file at {@code path}. */
    private static String sibling(String path, String name) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? name : path.substring(0, slash + 1) + name;
    }

    /** The path with {@code .} and {@code ..} resolved, empty when it is absolute or leads out of the folder. */
    static Optional<String> normalised(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
