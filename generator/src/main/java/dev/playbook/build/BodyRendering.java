package dev.playbook.build;

import dev.playbook.digest.ContentDigest;
import dev.playbook.diag.FaultInjection;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.dialects.BlockRewriter;
import dev.playbook.dialects.Conversion;
import dev.playbook.diag.SourceMap;
import dev.playbook.diag.SourcePosition;
import dev.playbook.dialects.Mdx;
import dev.playbook.dialects.IncludeFiles;
import dev.playbook.dialects.PageText;
import dev.playbook.dialects.Rewritten;
import dev.playbook.dialects.LinkTags;
import dev.playbook.load.SourceTree;
import dev.playbook.load.StaticFile;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;
import dev.playbook.postprocess.ContentPostProcessor;
import dev.playbook.postprocess.ProcessedBody;
import dev.playbook.render.GeneratedPages;
import dev.playbook.render.LinkResolver;
import dev.playbook.render.MarkdownRenderer;
import dev.playbook.render.RenderedBody;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The render stage: every page's body, from the cache when nothing it depends on changed. */
final class BodyRendering {

    private static final PageContent EMPTY = new PageContent("", List.of(), List.of(), "", 0, List.of());

    private final Map<String, BuildCache.Rendered> previous;
    /** The link targets that changed since the cached bodies were rendered; empty when none can be reused. */
    private final Optional<Set<String>> changed;
    private final IncludeFiles includable;
    private final LinkResolver links;
    private final MarkdownRenderer markdown;
    private final ContentPostProcessor post;
    private final String severity;
    private final BuildCache cache;
    private final Problems problems;
    /** Whether the handbook is Docusaurus's, whose Markdown is MDX ({@link Mdx}). */
    private final boolean docusaurus;
    private final Map<String, PageContent> contents = new ConcurrentHashMap<>();
    /** Other generators' constructs met on the way, for the migration report. */
    private final Collection<Conversion> conversions;

    private BodyRendering(Site site, SourceTree sources, boolean docusaurus, BuildCache cache, Problems problems,
                          Collection<Conversion> conversions) {
        this.conversions = conversions;
        this.docusaurus = docusaurus;
        Set<String> staticPaths = sources.statics().stream().map(StaticFile::path).collect(Collectors.toCollection(HashSet::new));
        staticPaths.addAll(GeneratedPages.urls(site));
        this.links = new LinkResolver(site, staticPaths);
        LinkTable table = LinkTable.of(site, staticPaths);
        // The glossary links terms inside bodies: when it changes, every body is rendered again.
        // What every body's rendering shares: the glossary, the config (links' base paths, the severity) and the dialect.
        String glossary = new ContentDigest().add(AffectedPages.glossaryKey(site.glossary())).add(site.config().toString())
                .add(Boolean.toString(docusaurus)).hex();
        this.changed = cache.links.isEmpty() || !cache.glossary.equals(Optional.of(glossary))
                ? Optional.empty() : table.changedNames(cache.links.get());
        cache.links = Optional.of(table);
        cache.glossary = Optional.of(glossary);
        this.severity = site.config().brokenLinks().name();
        this.markdown = new MarkdownRenderer(site.config().brokenLinks());
        this.post = new ContentPostProcessor(site.glossary());
        this.previous = Map.copyOf(cache.rendered);
        cache.rendered.clear();
        if (previous.size() != site.pages().size()) {
            cache.bodiesChanged = true;
        }
        this.includable = new SourceIncludes(sources);
        this.cache = cache;
        this.problems = problems;
    }

    /**
     * Markdown to post-processed HTML for every page, on all cores. A body rendered by an earlier
     * build is reused when its page's source and place are the same and no link target it may
     * name changed (see {@link LinkTable}). Other generators' constructs met on the way are added
     * to {@code conversions}.
     */
    static Map<String, PageContent> render(Site site, SourceTree sources, boolean docusaurus, BuildCache cache,
                                           Problems problems, Collection<Conversion> conversions) {
        BodyRendering rendering = new BodyRendering(site, sources, docusaurus, cache, problems, conversions);
        site.pages().parallelStream().forEach(page -> {
            try {
                FaultInjection.at("rendering", page.display());
                rendering.renderOne(page);
            } catch (RuntimeException | StackOverflowError e) {
                // A defect met on one page is that page's problem: the others render, nothing is published.
                problems.add(InternalErrors.problem(new SourcePosition(page.display(), page.bodyLine(), 1), "rendering", e));
                rendering.contents.put(page.id(), EMPTY);
            }
        });
        return rendering.contents;
    }

    private void renderOne(Page page) {
        // Rewritten on every build, so that a change to an included file renders its includers again.
        Problems own = new Problems();
        // Other generators' link tags ({{< ref >}}, {% link %}) become the plain links they stood for.
        String text = LinkTags.mayHave(page.body()) ? linkTags(page) : page.body();
        Rewritten body = BlockRewriter.rewrite(new PageText(page.sourcePath(), page.display(), text, page.bodyLine(),
                        Mdx.isMdx(page.sourcePath(), docusaurus)),
                includable, own);
        conversions.addAll(body.conversions());
        String key = BuildCache.RenderKey.of(page, body, severity).digest();
        BuildCache.Rendered known = previous.get(page.id());
        boolean reuse = known != null && known.key().equals(key) && changed.isPresent()
                && (changed.get().isEmpty() || known.problems().isEmpty() && !LinkTable.mayName(body.text(), changed.get()));
        BuildCache.Rendered result = reuse ? known : render(page, body, own, links, markdown, post, key);
        if (!reuse) {
            cache.bodiesChanged = true;
            cache.bodiesRendered.incrementAndGet();
        }
        cache.rendered.put(page.id(), result);
        problems.addAll(result.problems());
        contents.put(page.id(), result.content());
    }

    private String linkTags(Page page) {
        SourceMap written = SourceMap.of(page.body(), page.display(), page.bodyLine());
        return LinkTags.rewrite(page.body(), ref -> links.refDestination(page, ref),
                offset -> conversions.add(new Conversion(Conversion.LINK_TAG, written.at(offset), true)));
    }

    private static BuildCache.Rendered render(Page page, Rewritten source, Problems dialects, LinkResolver links,
                                              MarkdownRenderer markdown, ContentPostProcessor post, String key) {
        Problems own = new Problems();
        PageContent content;
        try {
            RenderedBody body = markdown.render(page, source.markdown(), links, own);
            ProcessedBody processed = post.process(body.html(), page.url(), page.id());
            content = new PageContent(processed.html(), processed.headings(), processed.sections(), processed.excerpt(),
                    body.words(), body.links());
        } catch (StackOverflowError e) {
            own.error(source.markdown().at(deepestLine(source.markdown().text())), "this page nests too deeply to render"
                    + " (thousands of nested quotes, lists or brackets); simplify its structure");
            content = EMPTY;
        }
        return new BuildCache.Rendered(key, content, merged(dialects.sorted(), own.sorted()));
    }

    /**
     * Where a page that overflowed the stack most likely nests: the start of the line with the most
     * characters that open a nested quote, list, emphasis, link or tag. A guess, but a good one
     * for the pages that get here, whose one line holds thousands of them.
     */
    static int deepestLine(String markdown) {
        int best = 0;
        int bestCount = -1;
        int lineStart = 0;
        int count = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            char c = i < markdown.length() ? markdown.charAt(i) : '\n';
            if (c == '\n') {
                if (count > bestCount) {
                    best = lineStart;
                    bestCount = count;
                }
                lineStart = i + 1;
                count = 0;
            } else if (">-*+_[<(".indexOf(c) >= 0 || c == '.' && i > 0 && Character.isDigit(markdown.charAt(i - 1))) {
                count++;
            }
        }
        return Math.min(best, Math.max(0, markdown.length() - 1));
    }

    /**
     * The rewriter's problems and the renderer's, without the renderer's general "another generator's
     * syntax" warning on a line the rewriter already said something more precise about.
     */
    private static List<Problem> merged(List<Problem> dialects, List<Problem> rendering) {
        if (dialects.isEmpty()) {
            return rendering;
        }
        Set<String> lines = dialects.stream().map(p -> p.file() + ":" + p.line()).collect(Collectors.toSet());
        Problems all = new Problems();
        all.addAll(dialects);
        for (Problem problem : rendering) {
            if (!(problem.message().contains(MarkdownRenderer.FOREIGN_SYNTAX) && lines.contains(problem.file() + ":" + problem.line()))) {
                all.add(problem);
            }
        }
        return all.sorted();
    }

}
