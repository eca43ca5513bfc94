package dev.playbook.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What another generator's navigation files say about the sidebar: an explicit order of pages
 * (GitBook's {@code SUMMARY.md}, MkDocs' {@code nav:}), labels that replace a page's title in the
 * sidebar only, positions and labels of folders (Docusaurus' {@code _category_.json}), and the
 * source files that are navigation rather than pages. Keys are source paths ({@code guides/a.md})
 * and folders ({@code guides}).
 *
 * @param ranks           listed pages, by source path, to their place in the list (0 first)
 * @param labels          sidebar labels of pages, by source path
 * @param folderPositions positions of folders among their siblings (lower first)
 * @param folderLabels    sidebar labels of folders' section pages
 * @param navFiles        Markdown files that are navigation (not published as pages)
 */
public record NavHints(Map<String, Integer> ranks, Map<String, String> labels, Map<String, Double> folderPositions,
                       Map<String, String> folderLabels, Set<String> navFiles) {

    public static final NavHints NONE = new NavHints(Map.of(), Map.of(), Map.of(), Map.of(), Set.of());

    public NavHints {
        ranks = Map.copyOf(ranks);
        labels = Map.copyOf(labels);
        folderPositions = Map.copyOf(folderPositions);
        folderLabels = Map.copyOf(folderLabels);
        navFiles = Set.copyOf(navFiles);
    }

    public Optional<Integer> rank(String sourcePath) {
        return Optional.ofNullable(ranks.get(sourcePath));
    }

    public Optional<Double> folderPosition(String folder) {
        return Optional.ofNullable(folderPositions.get(folder));
    }

    /** The hints of both, this one's winning where both say something. */
    public NavHints merge(NavHints other) {
        return new NavHints(union(other.ranks, ranks), union(other.labels, labels), union(other.folderPositions, folderPositions),
                union(other.folderLabels, folderLabels), union(other.navFiles, navFiles));
    }

    private static <K, V> Map<K, V> union(Map<K, V> low, Map<K, V> high) {
        Map<K, V> all = new java.util.HashMap<>(low);
        all.putAll(high);
        return all;
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Whether these hints name anything at all. */
    public boolean isEmpty() {
        return ranks.isEmpty() && labels.isEmpty() && folderPositions.isEmpty() && folderLabels.isEmpty() && navFiles.isEmpty();
    }
}
