package dev.playbook.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order of a type's pages in the sidebar and the reading order, and their sidebar labels.
 * Pages an explicit list names ({@code SUMMARY.md}, MkDocs' nav) come first, in its order. The
 * rest follow the folder tree: a folder's section page, then its pages, then its subfolders; pages
 * by position (front matter {@code weight}, else Docusaurus' {@code sidebar_position}, else
 * Just-the-Docs' {@code nav_order}; 0 when none), then title; subfolders by position (a
 * {@code _category_} file's, else their section page's), unpositioned ones after, then name. A
 * positioned subfolder goes among its folder's pages by its position (before pages of the same).
 */
final class NavOrder {

    /** Front matter fields that give a page's place, in the order they are looked at. */
    static final List<String> POSITION_FIELDS = List.of("weight", "sidebar_position", "nav_order");
    /** Front matter fields that give a page's sidebar label, in the order they are looked at. */
    static final List<String> LABEL_FIELDS = List.of("sidebar_label", "linkTitle");

    private final NavHints hints;
    private final Map<String, Optional<Double>> folderPositions = new HashMap<>();
    private final Map<String, Page> sections = new HashMap<>();

    NavOrder(NavHints hints, List<Page> pages) {
        this.hints = hints;
        for (Page page : pages) {
            if (page.kind() == PageKind.SECTION) {
                sections.put(page.folder(), page);
            }
        }
    }

    Comparator<Page> comparator() {
        return this::compare;
    }

    /** Sidebar labels by source path: a nav file's title, else the front matter's, else a category's for its section page. */
    Map<String, String> labels(List<Page> pages) {
        Map<String, String> labels = new HashMap<>();
        for (Page page : pages) {
            Optional<String> label = Optional.ofNullable(hints.labels().get(page.sourcePath()))
                    .or(() -> LABEL_FIELDS.stream().map(f -> text(page, f)).flatMap(Optional::stream).findFirst())
                    .or(() -> page.kind() == PageKind.SECTION ? Optional.ofNullable(hints.folderLabels().get(page.folder())) : Optional.empty());
            label.ifPresent(l -> labels.put(page.sourcePath(), l));
        }
        return labels;
    }

    private int compare(Page a, Page b) {
        Optional<Integer> rankA = hints.rank(a.sourcePath());
        Optional<Integer> rankB = hints.rank(b.sourcePath());
        if (rankA.isPresent() || rankB.isPresent()) {
            if (rankA.isPresent() && rankB.isPresent()) {
                return Integer.compare(rankA.get(), rankB.get());
            }
            return rankA.isPresent() ? -1 : 1;
        }
        String[] folderA = a.folder().isEmpty() ? new String[0] : a.folder().split("/");
        String[] folderB = b.folder().isEmpty() ? new String[0] : b.folder().split("/");
        int common = 0;
        while (common < folderA.length && common < folderB.length && folderA[common].equals(folderB[common])) {
            common++;
        }
        if (common < folderA.length && common < folderB.length) {
            // Different subfolders of one folder.
            return compareFolders(prefix(folderA, common + 1), prefix(folderB, common + 1));
        }
        if (common == folderA.length && common == folderB.length) {
            return compareSiblings(a, b);
        }
        // One page is in a folder, the other below it in a subfolder.
        boolean aAbove = common == folderA.length;
        Page above = aAbove ? a : b;
        String subfolder = prefix(aAbove ? folderB : folderA, common + 1);
        int order = abovePage(above, subfolder);
        return aAbove ? order : -order;
    }

    /** Negative when the page in the folder comes before the pages of its subfolder. */
    private int abovePage(Page page, String subfolder) {
        if (page.kind() == PageKind.SECTION) {
            return -1;
        }
        // As if each level's children were sorted by (position, pages before folders, name), with
        // pages at 0 and folders at the end unless positioned: a total order, so sorting is stable.
        Optional<Double> folderPosition = folderPosition(subfolder);
        if (folderPosition.isPresent()) {
            int byPosition = Double.compare(explicitPosition(page).orElse(0.0), folderPosition.get());
            if (byPosition != 0) {
                return byPosition;
            }
        }
        return -1;
    }

    private int compareFolders(String a, String b) {
        Optional<Double> positionA = folderPosition(a);
        Optional<Double> positionB = folderPosition(b);
        if (positionA.isPresent() != positionB.isPresent()) {
            return positionA.isPresent() ? -1 : 1;
        }
        if (positionA.isPresent()) {
            int byPosition = Double.compare(positionA.get(), positionB.get());
            if (byPosition != 0) {
                return byPosition;
            }
        }
        return a.compareTo(b);
    }

    private int compareSiblings(Page a, Page b) {
        if ((a.kind() == PageKind.SECTION) != (b.kind() == PageKind.SECTION)) {
            return a.kind() == PageKind.SECTION ? -1 : 1;
        }
        int byPosition = Double.compare(explicitPosition(a).orElse(0.0), explicitPosition(b).orElse(0.0));
        if (byPosition != 0) {
            return byPosition;
        }
        int byTitle = a.title().toLowerCase(Locale.ROOT).compareTo(b.title().toLowerCase(Locale.ROOT));
        return byTitle != 0 ? byTitle : a.sourcePath().compareTo(b.sourcePath());
    }

    private Optional<Double> folderPosition(String folder) {
        return folderPositions.computeIfAbsent(folder, f -> hints.folderPosition(f)
                .or(() -> Optional.ofNullable(sections.get(f)).flatMap(NavOrder::explicitPosition)));
    }

    /** The page's position from its front matter, when it gives one. */
    static Optional<Double> explicitPosition(Page page) {
        for (String field : POSITION_FIELDS) {
            JsonNode value = page.frontMatter().root().get(field);
            if (value != null && value.isNumber()) {
                return Optional.of(value.asDouble());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Page page, String field) {
        JsonNode value = page.frontMatter().root().get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    private static String prefix(String[] segments, int count) {
        return String.join("/", java.util.Arrays.asList(segments).subList(0, count));
    }
}
