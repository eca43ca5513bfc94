package dev.playbook.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything other pages need to know about one page before any body is written: where it lives, its title,
 * its type and its headings (the anchors that links may point at).
 *
 * @param index    position in the corpus, 0 being the home page
 * @param id       the file stem, unique across the corpus for leaf pages
 * @param path     path relative to the corpus root, with {@code /} separators
 * @param section  section number, or -1 for the home page
 * @param number   number within the section, 0 for the section's own {@code _index.md}
 */
record PagePlan(int index, String id, String path, String title, PageType type, int section, int number,
                       List<Heading> headings, List<String> tags, int weight) {
    public PagePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        headings = List.copyOf(headings);
        tags = List.copyOf(tags);
    }

    boolean isHome() {
        return section < 0;
    }

    boolean isLeaf() {
        return number > 0;
    }

    /** Short code such as {@code 0042-07}, used to make parameter extras unique per page. */
    String code() {
        return isHome() ? "home" : String.format(Locale.ROOT, "%04d-%02d", section, number);
    }

    /** Folder of the page relative to the corpus root: empty for the home page. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The relative Markdown link from {@code from} to this page, as an author would write it. */
    String hrefFrom(PagePlan from) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (from.folder().equals(folder())) {
            return fileName;
        }
        return from.folder().isEmpty() ? path : "../" + path;
    }
}
