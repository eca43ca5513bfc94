package dev.playbook.build;

import dev.playbook.diag.FaultInjection;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.Course;
import dev.playbook.model.KnowledgeCheck;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.model.References;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;
import dev.playbook.model.StepTarget;
import dev.playbook.postprocess.StepExcerpt;
import dev.playbook.render.CoursePages;
import dev.playbook.render.GeneratedPages;
import dev.playbook.render.ReleaseNotesPage;
import dev.playbook.render.TemplateEngine;
import dev.playbook.render.ViewBuilder;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.SiteWriter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layout stage: every page, generated page and course script through its template into the
 * writer. A page no change reached is kept as published.
 */
final class PageLayout {

    private final BuildCache cache;
    private final Problems problems;
    private final String displayRoot;
    /** What this build's layouts were made from, once laid out. */
    private Optional<AffectedPages.Basis> basis = Optional.empty();

    PageLayout(BuildCache cache, Problems problems, String displayRoot) {
        this.cache = cache;
        this.problems = problems;
        this.displayRoot = displayRoot;
    }

    /** What the layouts were made from, for the next build of a series; empty before {@link #run}. */
    Optional<AffectedPages.Basis> basis() {
        return basis;
    }

    void run(Site site, Map<String, PageContent> contents, References references, LocalDate date,
             TemplateEngine templates, SiteWriter writer, Optional<ReleaseNotes> notes,
             Map<String, BuildCache.LaidOut> laidOut, dev.playbook.model.PageHistory history,
             dev.playbook.render.Localisation localisation) {
        ViewBuilder views = new ViewBuilder(site, Version.current(), contents::get, references, date,
                GeneratedPages.referenceLinks(site, localisation), notes, history, localisation);
        Map<String, BuildCache.LaidOut> published = cache.laidOut(writer.out());
        AffectedPages.Basis now = AffectedPages.basis(site, contents::get, GeneratedPages.referenceLinks(site), date, notes, history);
        Optional<Set<String>> inProcess = AffectedPages.between(cache.basis(writer.out()), now, site);
        Optional<AffectedPages.Stamped> stamped = cache.stampsLayouts()
                ? Optional.of(AffectedPages.stamped(now, cache.templatesKey(), cache.rendered::get)) : Optional.empty();
        // A build from the command line knows what an earlier one published only from the stored cache.
        Optional<Set<String>> fromStore = inProcess.isPresent() || stamped.isEmpty() ? Optional.empty()
                : cache.storedBasis(writer.out()).flatMap(before -> AffectedPages.between(before, stamped.get(), site));
        Optional<Set<String>> affected = inProcess.isPresent() ? inProcess : fromStore;
        site.pages().parallelStream().forEach(page -> {
            if (affected.isPresent() && !affected.get().contains(page.id())
                    && (fromStore.isPresent() ? keepStored(writer, page) : keep(writer, page, published, laidOut))) {
                return;
            }
            cache.pagesLaidOut.incrementAndGet();
            try {
                FaultInjection.at("laying out", page.display());
                layoutOf(page, templates).ifPresent(layout -> layout(writer, page.url(), page.display(),
                        new BuildCache.LaidOut(layout, views.model(page)), templates, published, laidOut));
            } catch (BuildException e) {
                throw e;
            } catch (java.io.UncheckedIOException e) {
                throw new BuildException("layout", e.getCause());
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(InternalErrors.problem(SourcePosition.of(page.display()), "laying out", e));
            }
        });
        basis = Optional.of(now);
        stamped.ifPresent(b -> cache.stamped(writer.out(), b));
        List<Problem> findings = problems.sorted().stream().map(p -> p.insideSource(displayRoot)).sorted(Problem.ORDER).toList();
        List<GeneratedPages.Generated> generated = new java.util.ArrayList<>(GeneratedPages.all(views, contents::get, references,
                findings, handouts(site, contents)));
        notes.ifPresent(n -> generated.add(ReleaseNotesPage.of(views, n)));
        // Only a release among others is published where a web host serves the whole output folder.
        notes.ifPresent(n -> generated.add(dev.playbook.render.NotFoundPage.of(views)));
        for (GeneratedPages.Generated page : generated) {
            layout(writer, page.url(), "the generated page " + page.url(), new BuildCache.LaidOut(page.layout(), page.model()),
                    templates, published, laidOut);
        }
        for (Course course : site.courses()) {
            write(writer, Course.scriptUrl(course.id()), "the course data " + Course.scriptUrl(course.id()),
                    () -> CoursePages.script(course, site, contents::get));
            Optional<String> answers = dev.playbook.render.CheckPages.answers(course, site, date);
            if (answers.isPresent()) {
                write(writer, KnowledgeCheck.answersUrl(course.id()), "the answers " + KnowledgeCheck.answersUrl(course.id()),
                        answers::get);
            }
        }
    }

    /** Each course's steps as its handout shows them: the page or section, placed at the handout's URL. */
    private static Map<String, List<String>> handouts(Site site, Map<String, PageContent> contents) {
        Map<String, List<String>> handouts = new java.util.HashMap<>();
        for (Course course : site.courses()) {
            List<String> steps = new java.util.ArrayList<>();
            List<Course.Step> all = course.steps();
            for (int i = 0; i < all.size(); i++) {
                Course.Step step = all.get(i);
                Optional<Page> page = StepTarget.of(site, step.pageId()).flatMap(StepTarget::page);
                PageContent content = page.map(p -> contents.get(p.id())).orElse(null);
                steps.add(content == null ? "" : StepExcerpt.of(content.html(), page.get().url(), step.anchor(),
                        Course.handoutUrl(course.id()), "step-" + (i + 1) + "-", ", step " + (i + 1)));
            }
            handouts.put(course.id(), steps);
        }
        return handouts;
    }

    /** Keeps a page no change reached as published, when it is. */
    private boolean keep(SiteWriter writer, Page page, Map<String, BuildCache.LaidOut> published,
                         Map<String, BuildCache.LaidOut> laidOut) {
        BuildCache.LaidOut before = published.get(page.url());
        try {
            if (before != null && writer.keep(page.url(), page.display())) {
                remember(laidOut, page.url(), before);
                return true;
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(page.display()), e.getMessage());
            return true;
        }
        return false;
    }

    /** Keeps a page no change reached as an earlier process published it, when it still is. */
    private boolean keepStored(SiteWriter writer, Page page) {
        try {
            return writer.keep(page.url(), page.display());
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(page.display()), e.getMessage());
            return true;
        }
    }

    /** Lays out one output, unless it is published from the same template and an equal model. */
    private void layout(SiteWriter writer, String url, String owner, BuildCache.LaidOut output, TemplateEngine templates,
                        Map<String, BuildCache.LaidOut> published, Map<String, BuildCache.LaidOut> laidOut) {
        try {
            if (output.equals(published.get(url)) && writer.keep(url, owner)) {
                remember(laidOut, url, output);
                return;
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(owner.startsWith("the ") ? displayRoot : owner), e.getMessage());
            return;
        }
        if (write(writer, url, owner, () -> templates.render(output.layout(), castModel(output.model())))) {
            remember(laidOut, url, output);
        }
    }

    /** Notes what an output was laid out from, for the next build of a series (the dev server's). */
    private void remember(Map<String, BuildCache.LaidOut> laidOut, String url, BuildCache.LaidOut output) {
        if (cache.keepsLaidOut()) {
            laidOut.put(url, output);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castModel(Object model) {
        return (Map<String, Object>) model;
    }

    /** Renders and stages one output; problems are collected, I/O failures end the build. Returns whether it was staged. */
    private boolean write(SiteWriter writer, String url, String owner, Rendering rendering) {
        try {
            writer.write(url, rendering.render(), owner);
            return true;
        } catch (TemplateEngine.TemplateFailure e) {
            problems.add(e.problem());
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(owner.startsWith("the ") ? displayRoot : owner), e.getMessage());
        } catch (IOException e) {
            throw new BuildException("layout", e);
        } catch (BuildException e) {
            throw e;
        } catch (java.io.UncheckedIOException e) {
            throw new BuildException("layout", e.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(InternalErrors.problem(SourcePosition.of(owner.startsWith("the ") ? displayRoot : owner),
                    "laying out " + (owner.startsWith("the ") ? owner : "the page"), e));
        }
        return false;
    }

    /** Produces a page's HTML. */
    private interface Rendering {
        String render() throws TemplateEngine.TemplateFailure;
    }

    /** The template for a page: its {@code layout:} when the theme has it, else by kind and type, else {@code page}. */
    private Optional<String> layoutOf(Page page, TemplateEngine templates) {
        if (page.layout().isPresent()) {
            String wanted = page.layout().get().strip();
            if (templates.layouts().contains(wanted)) {
                return Optional.of(wanted);
            }
            // Imported pages name their old theme's layouts (Jekyll's "post"): the default template
            // serves, as LayoutCheck told the editor in the check stage.
        }
        if (page.kind() == PageKind.HOME && templates.has("home")) {
            return Optional.of("home");
        }
        if (page.kind() == PageKind.SECTION && templates.has("section")) {
            return Optional.of("section");
        }
        if (templates.has(page.type().id())) {
            return Optional.of(page.type().id());
        }
        return Optional.of("page");
    }
}
