package dev.playbook.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives pages without an {@code id:} an id no other page has. A page's default id is its file
 * name (its folder's name for a folder page); when several pages would share one, the one
 * nearest the top of the playbook (fewest folders, then first by path) keeps it, and each other
 * takes an id made from its path ({@code support/license-and-renewals/workflows/_index.md} is
 * {@code support-license-and-renewals-workflows}). A default id that an {@code id:} claims goes
 * to the path for every page that would have had it. So adding a page deeper down never changes
 * the id (and the permalinks) of one above it, and the same files always get the same ids,
 * whatever order they are read in. Only two {@code id:} values that clash are an error.
 */
final class DefaultIds {

    private DefaultIds() {
    }

    /** The pages, in the same order, with every clashing default id replaced by a path-based one. */
    static List<Page> assign(List<Page> pages) {
        Set<String> explicit = new HashSet<>();
        Map<String, List<Page>> byDefault = new TreeMap<>();
        for (Page page : pages) {
            if (isExplicit(page)) {
                explicit.add(page.id());
            } else {
                byDefault.computeIfAbsent(page.id(), id -> new ArrayList<>()).add(page);
            }
        }
        Set<Page> renamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> taken = new HashSet<>(explicit);
        for (var entry : byDefault.entrySet()) {
            List<Page> claimants = entry.getValue();
            claimants.sort(Comparator.comparing((Page p) -> p.kind() != PageKind.HOME)
                    .thenComparingInt(p -> depth(p.sourcePath())).thenComparing(Page::sourcePath));
            boolean keepFirst = !explicit.contains(entry.getKey());
            for (int i = 0; i < claimants.size(); i++) {
                if (i == 0 && keepFirst) {
                    taken.add(entry.getKey());
                } else {
                    renamed.add(claimants.get(i));
                }
            }
        }
        if (renamed.isEmpty()) {
            return pages;
        }
        Map<Page, String> ids = new java.util.IdentityHashMap<>();
        renamed.stream().sorted(Comparator.comparing(Page::sourcePath)).forEach(page -> {
            String base = pathId(page);
            String id = base;
            for (int n = 2; taken.contains(id); n++) {
                id = base + "-" + n;
            }
            taken.add(id);
            ids.put(page, id);
        });
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            String id = ids.get(page);
            out.add(id == null ? page : page.withId(id));
        }
        return out;
    }

    static boolean isExplicit(Page page) {
        return page.frontMatter().get("id").isPresent();
    }

    /** The id made of the page's path: its folder and, for a page that is not a folder page, its file name. */
    static String pathId(Page page) {
        String path = page.kind() == PageKind.PAGE
                ? (page.folder().isEmpty() ? "" : page.folder() + "/") + SiteModeler.stem(page.sourcePath())
                : page.folder();
        String id = Ids.slug(path.replace('/', '-'));
        return id.length() > 120 ? id.substring(0, 120).replaceAll("-+$", "") : id;
    }

    private static int depth(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
