package dev.playbook.model;

import dev.playbook.config.PageType;

import dev.playbook.config.SiteConfig;
import dev.playbook.metrics.Measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole playbook as a site: its pages (sorted by source path), looked up by id, source path
 * and URL, the reading order that navigation and previous/next follow, and the courses and
 * glossary built on the pages.
 */
public final class Site {

    private final SiteConfig config;
    private final List<PageType> types;
    private final List<Page> pages;
    private final List<Page> readingOrder;
    private final Map<String, Page> byId = new HashMap<>();
    private final Map<String, Page> bySource = new HashMap<>();
    private final Map<String, Page> byUrl = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Page>> byType = new LinkedHashMap<>();
    private final Map<String, List<Page>> children = new HashMap<>();
    private final List<Course> courses;
    private final Glossary glossary;
    private volatile Addresses addresses;

    private final Map<String, String> navLabels;
    private final Measures measures;

    Site(SiteConfig config, List<PageType> types, List<Page> pages, List<Page> readingOrder, List<Course> courses,
         Glossary glossary, Map<String, String> navLabels, Measures measures) {
        this.measures = Objects.requireNonNull(measures, "measures");
        this.navLabels = Map.copyOf(navLabels);
        this.config = Objects.requireNonNull(config, "config");
        this.courses = List.copyOf(courses);
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.types = List.copyOf(types);
        this.pages = List.copyOf(pages);
        this.readingOrder = List.copyOf(readingOrder);
        for (Page page : pages) {
            byId.put(page.id(), page);
            bySource.put(page.sourcePath(), page);
            byUrl.put(page.url(), page);
        }
        for (int i = 0; i < this.readingOrder.size(); i++) {
            position.put(this.readingOrder.get(i).id(), i);
        }
        for (Page page : this.readingOrder) {
            if (page.kind() == PageKind.PAGE) {
                children.computeIfAbsent(page.folder(), f -> new ArrayList<>()).add(page);
            } else if (page.kind() == PageKind.SECTION) {
                children.computeIfAbsent(parentFolder(page.folder()), f -> new ArrayList<>()).add(page);
            }
        }
        children.replaceAll((folder, list) -> List.copyOf(list));
        for (PageType type : types) {
            Optional<Page> home = typeHome(type);
            byType.put(type.id(), this.readingOrder.stream()
                    .filter(p -> p.type().equals(type) && p.kind() != PageKind.HOME && !home.equals(Optional.of(p)))
                    .toList());
        }
    }

    public SiteConfig config() {
        return config;
    }

    /** The courses, sorted by id. */
    public List<Course> courses() {
        return courses;
    }

    /** The metrics and rollout plans the pages declare. */
    public Measures measures() {
        return measures;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<PageType> types() {
        return types;
    }

    /** Every page, sorted by source path. */
    public List<Page> pages() {
        return pages;
    }

    /** Home first, then each type's pages in navigation order. */
    public List<Page> readingOrder() {
        return readingOrder;
    }

    /** The page's label in the sidebar when it is not its title (a nav file's or front matter's {@code sidebar_label}). */
    public Optional<String> navLabel(Page page) {
        return Optional.ofNullable(navLabels.get(page.sourcePath()));
    }

    public Optional<Page> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Page> bySource(String sourcePath) {
        return Optional.ofNullable(bySource.get(sourcePath));
    }

    public Optional<Page> byUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** The addresses pages answered to on the site they were imported from, made on first use. */
    public Addresses addresses() {
        Addresses table = addresses;
        if (table == null) {
            synchronized (this) {
                if (addresses == null) {
                    addresses = new Addresses(pages);
                }
                table = addresses;
            }
        }
        return table;
    }

    public Optional<Page> home() {
        return byUrl("index.html");
    }

    /** The section page of a folder ({@code folder/index.md} or {@code folder/_index.md}). */
    public Optional<Page> sectionPage(String folder) {
        return byUrl(folder.isEmpty() ? "index.html" : folder + "/index.html");
    }

    /** The section page of the type's own folder (e.g. {@code standards/index.md}), when there is one. */
    public Optional<Page> typeHome(PageType type) {
        return sectionPage(type.folder()).filter(p -> p.type().equals(type) && p.kind() == PageKind.SECTION);
    }

    /** Pages of a type in navigation order, the type's own section page left out. */
    public List<Page> ofType(PageType type) {
        return byType.getOrDefault(type.id(), List.of());
    }

    /**
     * What the section page of {@code folder} lists: the folder's own pages and the section pages
     * of its subfolders, in reading order.
     */
    public List<Page> children(String folder) {
        return children.getOrDefault(folder, List.of());
    }

    private static String parentFolder(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /** A page's place in {@link #readingOrder()}. */
    public int readingPosition(Page page) {
        Integer at = position.get(page.id());
        if (at == null) {
            throw new IllegalArgumentException("not a page of this site: " + page.id());
        }
        return at;
    }

    public Optional<Page> previous(Page page) {
        Integer at = position.get(page.id());
        return at == null || at == 0 ? Optional.empty() : Optional.of(readingOrder.get(at - 1));
    }

    public Optional<Page> next(Page page) {
        Integer at = position.get(page.id());
        return at == null || at + 1 >= readingOrder.size() ? Optional.empty() : Optional.of(readingOrder.get(at + 1));
    }
}
