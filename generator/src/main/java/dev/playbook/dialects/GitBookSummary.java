package dev.playbook.dialects;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.NavHints;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitBook's {@code SUMMARY.md}: the table of contents as nested lists of links to Markdown files,
 * {@code ## Part} headings between them. The pages come in the order listed, each labelled in the
 * sidebar with its link's text; the file itself is navigation, not a page. Read line by line (the
 * format is one link per line), so each entry that names no page is a warning at its column.
 */
public final class GitBookSummary {

    /** Where GitBook looks for it, unless {@code .gitbook.yaml} says otherwise. */
    public static final String FILE = "SUMMARY.md";

    private static final Pattern ITEM = Pattern.compile("^(\\s*)[*+-]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private GitBookSummary() {
    }

    /**
     * The order and labels {@code text} (the summary at source path {@code path}, shown as
     * {@code display}) gives the handbook's Markdown files {@code pages}.
     */
    public static NavHints read(String path, String display, String text, Set<String> pages, Problems problems) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher item = ITEM.matcher(lines[i]);
            if (!item.matches()) {
                continue;
            }
            Matcher link = LINK.matcher(lines[i]);
            if (!link.find(item.start(2))) {
                continue; // a plain entry (GitBook shows it greyed out): no page
            }
            String target = link.group(2);
            SourcePosition at = new SourcePosition(display, i + 1, link.start(2) + 1);
            if (SourcePaths.isExternal(target)) {
                continue;
            }
            Optional<String> page = SourcePaths.resolve(folder, target).flatMap(resolved -> SourcePaths.page(resolved, pages));
            if (page.isEmpty()) {
                problems.warning(at, "\"" + target + "\" is not a page of this handbook (no such Markdown file);"
                        + " fix the link or remove the entry");
                continue;
            }
            if (ranks.putIfAbsent(page.get(), ranks.size()) != null) {
                continue; // listed twice: the first place counts
            }
            String label = link.group(1).replaceAll("\\\\(.)", "$1").strip();
            if (!label.isEmpty()) {
                labels.put(page.get(), label);
            }
        }
        return new NavHints(ranks, labels, Map.of(), Map.of(), Set.of(path));
    }
}
