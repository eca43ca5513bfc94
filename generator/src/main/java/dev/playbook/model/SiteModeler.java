package dev.playbook.model;

import dev.playbook.config.PageType;

import dev.playbook.config.FieldReader;
import dev.playbook.config.SiteConfig;
import dev.playbook.diag.FaultInjection;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;
import dev.playbook.load.DataFile;
import dev.playbook.load.SourceFile;
import dev.playbook.metrics.Declaring;
import dev.playbook.metrics.Measures;
import dev.playbook.metrics.MeasuresReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns source files into the site model: each page's id, type, title, URL and place in the
 * reading order. Two pages claiming one id or one output path are errors that name both.
 */
public final class SiteModeler {

    private final SiteConfig config;
    private final List<PageType> types;
    private final boolean includeDrafts;
    private final PageDataReader dataReader;

    public SiteModeler(SiteConfig config, boolean includeDrafts) {
        this.config = config;
        this.types = config.types();
        this.includeDrafts = includeDrafts;
        this.dataReader = new PageDataReader(config);
    }

    public Site model(List<SourceFile> sources, Problems problems) {
        return model(sources, List.of(), problems, new PageCache());
    }

    /** The site of these pages, with the courses and the glossary among the data files. */
    public Site model(List<SourceFile> sources, List<DataFile> data, Problems problems) {
        return model(sources, data, problems, new PageCache());
    }

    /**
     * Models the site, taking the page of every source file the cache has seen from the cache;
     * courses and the glossary come from the data files.
     */
    public Site model(List<SourceFile> sources, List<DataFile> data, Problems problems, PageCache cache) {
        return model(sources, data, problems, cache, NavHints.NONE);
    }

    /** The same, ordered and labelled also by the navigation files of another generator. */
    public Site model(List<SourceFile> sources, List<DataFile> data, Problems problems, PageCache cache, NavHints nav) {
        if (!nav.navFiles().isEmpty()) {
            sources = sources.stream().filter(source -> !nav.navFiles().contains(source.path())).toList();
        }
        Map<SourceFile, PageCache.Entry> known = cache.entriesFor(config, includeDrafts);
        Map<SourceFile, PageCache.Entry> current = new java.util.IdentityHashMap<>();
        List<Page> pages = new ArrayList<>(sources.size());
        Set<String> indexed = foldersWithIndex(sources);
        for (SourceFile source : sources) {
            PageCache.Entry entry = known.get(source);
            boolean folderReadme = isReadme(source.path()) && !indexed.contains(folderOf(source.path()));
            if (entry != null && isReadme(source.path()) && entry.page().isPresent()
                    && (entry.page().get().kind() != PageKind.PAGE) != folderReadme) {
                entry = null; // an index.md came or went beside it
            }
            if (entry == null) {
                Problems own = new Problems();
                entry = new PageCache.Entry(guardedPage(source, folderReadme, own), own.sorted());
            }
            current.put(source, entry);
            problems.addAll(entry.problems());
            entry.page().ifPresent(pages::add);
        }
        cache.replace(current);
        List<Page> unique = dropClashes(DefaultIds.assign(pages), problems);
        Glossary glossary = Glossary.EMPTY;
        Map<String, Course> courses = new java.util.TreeMap<>();
        for (DataFile file : data) {
            if (file.path().equals(GlossaryReader.FILE)) {
                glossary = guarded(file, "reading the glossary", problems, () -> GlossaryReader.read(file, problems))
                        .orElse(Glossary.EMPTY);
            } else if (CourseReader.isCourse(file)) {
                guarded(file, "reading the course", problems, () -> CourseReader.read(file, problems)).flatMap(c -> c).ifPresent(course -> {
                    Course first = courses.putIfAbsent(course.id(), course);
                    if (first != null) {
                        problems.error(SourcePosition.of(course.display()), "course id \"" + course.id() + "\" is already used by "
                                + first.display() + "; set a different \"id:\" in one of them");
                    }
                });
            }
        }
        NavOrder order = new NavOrder(nav, unique);
        List<Declaring> declaring = unique.stream().filter(p -> MeasuresReader.PAGE_FIELDS.stream().anyMatch(f -> p.frontMatter().get(f).isPresent()))
                .map(p -> new Declaring(p.id(), p.title(), p.sourcePath(), p.frontMatter())).toList();
        Measures measures = declaring.isEmpty() ? Measures.NONE : MeasuresReader.read(declaring, data, problems);
        return new Site(config, types, unique, readingOrder(unique, order), List.copyOf(courses.values()), glossary,
                order.labels(unique), measures);
    }

    /** The folders with an {@code index.md} or {@code _index.md}: their {@code README.md} is a page of its own. */
    private static Set<String> foldersWithIndex(List<SourceFile> sources) {
        Set<String> folders = new HashSet<>();
        for (SourceFile source : sources) {
            String stem = stem(source.path());
            if (stem.equals("index") || stem.equals("_index")) {
                folders.add(folderOf(source.path()));
            }
        }
        return folders;
    }

    /** {@code README.md}, GitBook's and GitHub's folder page. */
    static boolean isReadme(String path) {
        return stem(path).equalsIgnoreCase("readme");
    }

    /** What {@code reading} gives, or nothing when a defect met on the way became the file's problem. */
    private static <T> Optional<T> guarded(DataFile file, String activity, Problems problems, java.util.function.Supplier<T> reading) {
        try {
            FaultInjection.at("modelling", file.display());
            return Optional.of(reading.get());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(InternalErrors.problem(SourcePosition.of(file.display()), activity, e));
            return Optional.empty();
        }
    }

    /** {@link #toPage}, with a defect met on the way that page's problem. */
    private Optional<Page> guardedPage(SourceFile source, boolean folderReadme, Problems problems) {
        try {
            FaultInjection.at("modelling", source.display());
            return toPage(source, folderReadme, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(InternalErrors.problem(SourcePosition.of(source.display()), "reading the front matter", e));
            return Optional.empty();
        }
    }

    /** @param folderReadme whether the source is a {@code README.md} that stands for its folder (no index beside it) */
    private Optional<Page> toPage(SourceFile source, boolean folderReadme, Problems problems) {
        FieldReader fields = new FieldReader(source.frontMatter(), problems);
        boolean draft = fields.bool("draft").orElse(false);
        if (draft && !includeDrafts) {
            return Optional.empty();
        }
        String path = source.path();
        String stem = stem(path);
        String folder = folderOf(path);
        boolean index = stem.equals("index") || stem.equals("_index") || folderReadme;
        PageKind kind = !index ? PageKind.PAGE : folder.isEmpty() ? PageKind.HOME : PageKind.SECTION;
        String url = (folder.isEmpty() ? "" : folder + "/") + (index ? "index" : stem) + ".html";
        if (!UrlPaths.isSafe(url)) {
            problems.error(SourcePosition.of(source.display()), "cannot publish a file at this path; rename it");
            return Optional.empty();
        }

        String defaultId = kind == PageKind.HOME ? "home"
                : Ids.slug(kind == PageKind.SECTION ? lastSegment(folder) : stem);
        String id = fields.text("id").orElse(defaultId);
        if (!Ids.isValid(id)) {
            problems.error(fields.document().valuePositionOf("/id"), "id " + Problem.quote(id)
                    + " may use only lowercase letters, digits and single hyphens (at most 128 characters), e.g. \"" + Ids.slug(id) + "\"");
            id = Ids.slug(id);
        }

        PageType type = typeOf(fields, path, kind, problems);
        Optional<String> givenTitle = fields.text("title").filter(t -> !t.isBlank());
        // Scanned only when the front matter gives no title: most pages have one.
        Optional<String> headingTitle = givenTitle.isPresent() ? Optional.empty() : FirstHeading.find(source.body());
        String title = givenTitle.orElseGet(() -> headingTitle.orElseGet(() -> kind == PageKind.HOME
                ? config.title() : humanise(kind == PageKind.SECTION ? lastSegment(folder) : stem)));
        boolean titleFromBody = givenTitle.isEmpty() && headingTitle.isPresent();

        Optional<String> layout = fields.text("layout");
        return Optional.of(new Page(id, path, source.display(), url, kind, type, title,
                // Hugo, Jekyll, Docusaurus and MkDocs call the one-line summary "description".
                fields.text("summary").or(() -> fields.text("description")).orElse(""),
                fields.textList("tags").stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct().toList(),
                fields.integer("weight").orElse(0),
                draft, folder, layout, source.frontMatter(), source.body(), source.bodyLine(), titleFromBody,
                dataReader.read(fields, type, path, kind != PageKind.PAGE, problems), source.hash()));
    }

    private PageType typeOf(FieldReader fields, String path, PageKind kind, Problems problems) {
        Optional<String> declared = fields.text("type");
        if (declared.isPresent()) {
            String wanted = declared.get().strip().toLowerCase(Locale.ROOT);
            Optional<PageType> found = types.stream().filter(t -> t.id().equals(wanted)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            List<String> names = types.stream().map(PageType::id).toList();
            problems.error(fields.document().valuePositionOf("/type"), "unknown page type \"" + declared.get() + "\""
                    + Suggestions.didYouMean(wanted, names) + "; use one of " + String.join(", ", names));
        }
        String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        String stem = stem(path);
        for (PageType type : types) {
            boolean inTypeFolder = kind == PageKind.PAGE ? type.folder().equals(top)
                    : kind == PageKind.SECTION && type.folder().equals(folderOf(path));
            if (inTypeFolder || (kind == PageKind.PAGE && top.isEmpty() && type.id().equals(stem))) {
                return type;
            }
        }
        return config.fallbackType();
    }

    /** Keeps the first page (by path) of each id and URL; every later claimant is an error naming the first. */
    private static List<Page> dropClashes(List<Page> pages, Problems problems) {
        Map<String, Page> ids = new HashMap<>();
        Map<String, Page> urls = new HashMap<>();
        List<Page> kept = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Page sameUrl = urls.get(page.url());
            if (sameUrl != null) {
                problems.error(SourcePosition.of(page.display()), "publishes to " + page.url()
                        + ", as " + sameUrl.display() + " already does; rename or remove one of them");
                continue;
            }
            Page sameId = ids.get(page.id());
            if (sameId != null) {
                problems.error(idPosition(page), "id \"" + page.id() + "\" is already used by " + sameId.display()
                        + "; ids must be unique: set a different \"id:\" in one of them");
                continue;
            }
            ids.put(page.id(), page);
            urls.put(page.url(), page);
            kept.add(page);
        }
        return kept;
    }

    private static SourcePosition idPosition(Page page) {
        return page.frontMatter().get("id").isPresent()
                ? page.frontMatter().valuePositionOf("/id")
                : SourcePosition.of(page.display());
    }

    /** Home, then each type's pages in {@link NavOrder}. */
    private List<Page> readingOrder(List<Page> pages, NavOrder nav) {
        Comparator<Page> within = nav.comparator();
        Map<PageType, List<Page>> grouped = new LinkedHashMap<>();
        types.forEach(t -> grouped.put(t, new ArrayList<>()));
        List<Page> order = new ArrayList<>(pages.size());
        for (Page page : pages) {
            if (page.kind() == PageKind.HOME) {
                order.add(page);
            } else {
                grouped.get(page.type()).add(page);
            }
        }
        grouped.values().forEach(list -> {
            list.sort(within);
            order.addAll(list);
        });
        return order;
    }

    static String stem(String path) {
        String name = lastSegment(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** {@code new-hire_topics} gives {@code New hire topics}. */
    static String humanise(String name) {
        String words = name.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
