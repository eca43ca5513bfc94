package dev.playbook.build;

import dev.playbook.model.Page;
import dev.playbook.model.PageKind;
import dev.playbook.model.Site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a link in a body can resolve against: each page's id, source path, URL, title and
 * kind, the published files and the generated pages. When it changes between two builds, only the
 * bodies that can name what changed are rendered again: a link to a page names its id, its file
 * name or its URL's file name, so a body that contains none of the changed names renders as before.
 */
record LinkTable(Map<String, Target> pages, Set<String> files) {

    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    /** A page as links see it. */
    record Target(String id, String sourcePath, String url, String title, PageKind kind) { }

    static LinkTable of(Site site, Set<String> staticAndGenerated) {
        Map<String, Target> pages = new HashMap<>();
        for (Page page : site.pages()) {
            pages.put(page.id(), new Target(page.id(), page.sourcePath(), page.url(), page.title(), page.kind()));
        }
        return new LinkTable(Map.copyOf(pages), Set.copyOf(staticAndGenerated));
    }

    /**
     * The names whose links may resolve differently now than against {@code before}; empty when
     * nothing changed. Absent when every body must be rendered again: a home or section page came,
     * went or moved (folder links and {@code ../} lead to those without naming them).
     */
    Optional<Set<String>> changedNames(LinkTable before) {
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>(pages.keySet());
        ids.addAll(before.pages.keySet());
        for (String id : ids) {
            Target now = pages.get(id);
            Target then = before.pages.get(id);
            if (java.util.Objects.equals(now, then)) {
                continue;
            }
            for (Target target : new Target[] {now, then}) {
                if (target == null) {
                    continue;
                }
                if (target.kind() != PageKind.PAGE) {
                    return Optional.empty();
                }
                names.add(target.id());
                names.add(lastSegment(target.sourcePath()));
                names.add(lastSegment(target.url()));
            }
        }
        Set<String> files = new HashSet<>(this.files);
        files.addAll(before.files);
        for (String file : files) {
            if (this.files.contains(file) != before.files.contains(file)) {
                names.add(lastSegment(file));
            }
        }
        return Optional.of(names);
    }

    /** Whether a body may link to one of these names (a percent-escaped link might spell any of them). */
    static boolean mayName(String body, Set<String> names) {
        for (String name : names) {
            if (body.contains(name)) {
                return true;
            }
        }
        return !names.isEmpty() && PERCENT_ESCAPE.matcher(body).find();
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
