package dev.playbook.build;

import dev.playbook.digest.ContentDigest;
import dev.playbook.config.SiteConfig;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;
import dev.playbook.render.Views.LinkView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which pages' layouts a change can reach, so that the others need not even have their models
 * built. A page's model holds the shared parts (site, sidebar, breadcrumbs, previous and next,
 * release), its own page and body, and short items of other pages: its section's pages, the type
 * cards of the home page, and the pages that refer to it. When the shared parts are the same as
 * in the published build, only the changed pages, the pages listing them and the pages they
 * referred or now refer to can differ. Generated pages are always laid out (their models are
 * compared instead).
 */
final class AffectedPages {

    /** What the published layouts were made from. */
    record Basis(Shared shared, Map<String, Page> pages, Map<String, PageContent> contents) { }

    /** What every page's model shares: the reading order as the sidebar shows it, the config, the day and the release. */
    record Shared(List<NavKey> order, List<LinkView> reference, SiteConfig config, LocalDate date, Optional<ReleaseNotes> notes,
                  List<dev.playbook.model.Course> courses, dev.playbook.model.Glossary glossary,
                  dev.playbook.model.PageHistory history) { }

    /** A page as other pages' sidebars, breadcrumbs and previous/next links show it. */
    record NavKey(String id, String url, String title, String type, PageKind kind, String folder) { }

    /** A page's layout inputs as digests, for a basis kept between processes ({@link StoredCache}). */
    record Stamp(String page, String content, Set<String> targets) { }

    /** A basis as digests: what every page shares (with the templates and the generator), and each page's stamp. */
    record Stamped(String shared, Map<String, Stamp> pages) { }

    private AffectedPages() {
    }

    /**
     * The basis as digests of values, the same in every process for the same input: the page
     * itself (its front matter as read, not the parsed object), its rendered body and the pages it
     * refers to. {@code templates} names the templates and the generator the layouts come from.
     */
    static Stamped stamped(Basis basis, String templates, Function<String, BuildCache.Rendered> rendered) {
        Shared shared = basis.shared();
        String sharedDigest = new ContentDigest().add(templates).add(shared.order().toString()).add(shared.reference().toString())
                .add(shared.config().toString()).add(shared.date().toString()).add(shared.notes().toString())
                .add(shared.courses().toString()).add(glossaryKey(shared.glossary()))
                // In name order: the history's map may iterate in another order in another process.
                .add(new java.util.TreeMap<>(shared.history().lastChanged()).toString())
                .add(shared.history().released().toString()).hex();
        Map<String, Stamp> pages = new java.util.concurrent.ConcurrentHashMap<>();
        basis.pages().values().parallelStream().forEach(page -> {
            PageContent content = basis.contents().get(page.id());
            // A body as rendered (not changed since, by charts or anchor aliases) has its digest already.
            BuildCache.Rendered known = rendered.apply(page.id());
            String digest = content == null ? "" : known != null && known.content() == content ? known.contentDigest()
                    : contentDigest(content);
            pages.put(page.id(), new Stamp(pageDigest(page), digest,
                    Set.copyOf(targets(page, content))));
        });
        return new Stamped(sharedDigest, Map.copyOf(pages));
    }

    /** Like {@link #between(Optional, Basis, Site)}, for a basis stored by an earlier process. */
    static Optional<Set<String>> between(Stamped before, Stamped now, Site site) {
        if (!before.shared().equals(now.shared())) {
            return Optional.empty();
        }
        Set<String> affected = new HashSet<>();
        for (Page page : site.pages()) {
            Stamp then = before.pages().get(page.id());
            Stamp stamp = now.pages().get(page.id());
            if (stamp.equals(then)) {
                continue;
            }
            affected.add(page.id());
            site.home().ifPresent(home -> affected.add(home.id()));
            String folder = page.kind() == PageKind.SECTION ? parent(page.folder()) : page.folder();
            site.sectionPage(folder).ifPresent(section -> affected.add(section.id()));
            affected.addAll(stamp.targets());
            if (then != null) {
                affected.addAll(then.targets());
            }
        }
        for (Map.Entry<String, Stamp> gone : before.pages().entrySet()) {
            if (!now.pages().containsKey(gone.getKey())) {
                // A page gone: its section listed it and the pages it referred to named it.
                return Optional.empty();
            }
        }
        return Optional.of(affected);
    }

    /** A glossary's value (its class keeps no value text of its own). */
    static String glossaryKey(dev.playbook.model.Glossary glossary) {
        return new ContentDigest().add(glossary.terms().toString()).add(glossary.display()).hex();
    }

    private static String pageDigest(Page page) {
        return new ContentDigest().add(page.id()).add(page.sourcePath()).add(page.display()).add(page.url())
                .add(page.kind().name()).add(page.type().toString()).add(page.title()).add(page.summary())
                .add(page.tags().toString()).add(Integer.toString(page.weight())).add(Boolean.toString(page.draft()))
                .add(page.folder()).add(page.layout().toString()).add(page.frontMatter().root().toString())
                .add(page.body()).add(Integer.toString(page.bodyLine())).add(Boolean.toString(page.titleFromBody()))
                .add(page.data().toString()).hex();
    }

    static String contentDigest(PageContent content) {
        return new ContentDigest().add(content.html()).add(content.headings().toString()).add(content.sections().toString())
                .add(content.excerpt()).add(Integer.toString(content.words())).add(content.links().toString()).hex();
    }

    static Basis basis(Site site, Function<String, PageContent> contents, List<LinkView> reference, LocalDate date,
                       Optional<ReleaseNotes> notes, dev.playbook.model.PageHistory history) {
        List<NavKey> order = site.readingOrder().stream()
                .map(p -> new NavKey(p.id(), p.url(), p.title(), p.type().id(), p.kind(), p.folder())).toList();
        Map<String, Page> pages = new HashMap<>();
        Map<String, PageContent> bodies = new HashMap<>();
        for (Page page : site.pages()) {
            pages.put(page.id(), page);
            bodies.put(page.id(), contents.apply(page.id()));
        }
        return new Basis(new Shared(order, List.copyOf(reference), site.config(), date, notes, site.courses(), site.glossary(),
                history), pages, bodies);
    }

    /**
     * The ids of the pages to lay out again, or empty when every page must be (the shared parts
     * changed, or nothing is published to compare with).
     */
    static Optional<Set<String>> between(Optional<Basis> published, Basis now, Site site) {
        if (published.isEmpty() || !published.get().shared().equals(now.shared())) {
            return Optional.empty();
        }
        Basis before = published.get();
        Set<String> affected = new HashSet<>();
        for (Page page : site.pages()) {
            Page then = before.pages().get(page.id());
            if (then == page && before.contents().get(page.id()) == now.contents().get(page.id())) {
                continue;
            }
            affected.add(page.id());
            site.home().ifPresent(home -> affected.add(home.id()));
            String folder = page.kind() == PageKind.SECTION ? parent(page.folder()) : page.folder();
            site.sectionPage(folder).ifPresent(section -> affected.add(section.id()));
            affected.addAll(targets(page, now.contents().get(page.id())));
            if (then != null) {
                affected.addAll(targets(then, before.contents().get(page.id())));
            }
        }
        return Optional.of(affected);
    }

    /** The pages a page refers to: they list it under "Referenced by" or as one of their stories. */
    private static Set<String> targets(Page page, PageContent content) {
        Set<String> targets = new HashSet<>(page.data().related());
        targets.addAll(page.data().illustrates());
        if (content != null) {
            content.links().forEach(link -> targets.add(link.toId()));
        }
        return targets;
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
