package dev.playbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.Course;
import dev.playbook.model.Glossary;
import dev.playbook.model.Heading;
import dev.playbook.model.PageContent;
import dev.playbook.model.ReadingTime;
import dev.playbook.model.Site;
import dev.playbook.model.StepTarget;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.CourseView;
import dev.playbook.render.Views.ItemView;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.ModuleView;
import dev.playbook.render.Views.StepView;
import dev.playbook.render.Views.TermView;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pages and data of courses and the glossary: each course's overview and printable handout,
 * the list of courses, the course bar's data file ({@code courses/<id>.js}) and the glossary page.
 * A step's link carries {@code ?course=<id>&step=<n>}, which the course bar on the step's page reads.
 */
public final class CoursePages {

    public static final String INDEX = "courses/index.html";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private CoursePages() {
    }

    /** Every URL these pages take, so that pages may link to them. */
    static List<String> urls(Site site) {
        List<String> urls = new ArrayList<>();
        if (!site.courses().isEmpty()) {
            urls.add(INDEX);
        }
        for (Course course : site.courses()) {
            urls.add(Course.overviewUrl(course.id()));
            urls.add(Course.handoutUrl(course.id()));
        }
        urls.addAll(CheckPages.urls(site));
        if (!site.glossary().isEmpty()) {
            urls.add(Glossary.URL);
        }
        return urls;
    }

    /**
     * @param handouts each course's steps as the handout shows them (HTML placed at the handout's URL), by course id
     */
    static List<GeneratedPages.Generated> all(ViewBuilder views, Function<String, PageContent> contents,
                                              Map<String, List<String>> handouts) {
        Site site = views.site();
        List<GeneratedPages.Generated> pages = new ArrayList<>();
        if (!site.courses().isEmpty()) {
            List<ItemView> items = site.courses().stream().map(course -> new ItemView(course.title(),
                    UrlPaths.relative(INDEX, Course.overviewUrl(course.id())), course.summary(), "course", views.localisation().text("course"), List.of(),
                    List.of())).toList();
            pages.add(new GeneratedPages.Generated(INDEX, "listing", views.model(INDEX, Optional.empty(), views.generatedView(
                    "courses", views.localisation().text("coursesTitle"), views.localisation().text("coursesSummary"), "course",
                    "courses", INDEX, items, List.of()))));
        }
        for (Course course : site.courses()) {
            String url = Course.overviewUrl(course.id());
            Map<String, Object> model = views.model(url, Optional.empty(), views.generatedView("course-" + course.id(),
                    course.title(), course.summary(), "course", "course", url, List.of(), List.of()));
            model.put("course", view(course, url, site, contents, List.of(), views.localisation()));
            pages.add(new GeneratedPages.Generated(url, "course", model));

            String handout = Course.handoutUrl(course.id());
            Map<String, Object> print = views.model(handout, Optional.empty(), views.generatedView("handout-" + course.id(),
                    course.title(), course.summary(), "course", "handout", handout, List.of(), List.of()));
            print.put("course", view(course, handout, site, contents, handouts.getOrDefault(course.id(), List.of()),
                    views.localisation()));
            if (course.steps().stream().anyMatch(s -> s.pageId().equals(StepTarget.AUTHORITY) && site.byId(s.pageId()).isEmpty())) {
                print.put("matrix", GeneratedPages.matrix(views, handout));
            }
            if (course.steps().stream().anyMatch(s -> s.pageId().equals(StepTarget.GLOSSARY) && site.byId(s.pageId()).isEmpty())) {
                print.put("terms", terms(site, handout));
            }
            pages.add(new GeneratedPages.Generated(handout, "course-print", print));
        }
        pages.addAll(CheckPages.all(views, site));
        if (!site.glossary().isEmpty()) {
            Map<String, Object> model = views.model(Glossary.URL, Optional.empty(), views.generatedView("glossary", views.localisation().text("glossary"),
                    views.localisation().text("glossarySummary"), "glossary", "glossary",
                    Glossary.URL, List.of(), List.of()));
            model.put("terms", terms(site, Glossary.URL));
            pages.add(new GeneratedPages.Generated(Glossary.URL, "glossary", model));
        }
        return pages;
    }

    /** A course as seen from {@code from}; with handout contents, each step carries its page or section. */
    static CourseView view(Course course, String from, Site site, Function<String, PageContent> contents,
                           List<String> handout) {
        return view(course, from, site, contents, handout, Localisation.single("en", java.util.Map.of(), "ltr"));
    }

    /** As above, the generated steps (the authority matrix, the glossary) titled in the language's words. */
    static CourseView view(Course course, String from, Site site, Function<String, PageContent> contents,
                           List<String> handout, Localisation language) {
        List<ModuleView> modules = new ArrayList<>();
        List<String> keys = keys(course);
        int number = 0;
        int courseWords = 0;
        for (int m = 0; m < course.modules().size(); m++) {
            Course.Module module = course.modules().get(m);
            List<StepView> steps = new ArrayList<>();
            int moduleWords = 0;
            for (Course.Step step : module.steps()) {
                number++;
                Optional<StepTarget> target = StepTarget.of(site, step.pageId());
                if (target.isEmpty()) {
                    continue;
                }
                int words = words(site, target.get(), step, contents);
                moduleWords += words;
                String section = section(target.get(), step, contents);
                String targetTitle = target.get().page().isPresent() ? target.get().title()
                        : language.word(target.get().id().equals(StepTarget.GLOSSARY) ? "glossary" : "authorityMatrix", target.get().title());
                String title = step.title().orElse(targetTitle + (section.isEmpty() ? "" : " › " + section));
                String type = target.get().page().map(p -> p.type().id()).orElse(target.get().id());
                String typeTitle = target.get().page().map(p -> p.type().title()).orElse(language.word("reference", "Reference"));
                steps.add(new StepView(number, keys.get(number - 1), title, targetTitle, section, type, typeTitle,
                        href(from, course, number, target.get(), step), ReadingTime.minutes(words), step.notes(),
                        step.questions(), number - 1 < handout.size() ? handout.get(number - 1) : null));
            }
            courseWords += moduleWords;
            modules.add(new ModuleView(m + 1, module.title(), module.summary(), ReadingTime.minutes(moduleWords), steps,
                    CheckPages.link(course, m + 1, from)));
        }
        return new CourseView(course.id(), course.title(), course.summary(),
                course.audience().stream().map(a -> site.config().role(a).map(r -> r.title()).orElse(a)).toList(),
                course.duration(), ReadingTime.minutes(courseWords), number,
                UrlPaths.relative(from, Course.overviewUrl(course.id())), UrlPaths.relative(from, Course.handoutUrl(course.id())),
                modules);
    }

    /** The words a step asks the learner to read: its section, else its page (the matrix: its extras and conditions). */
    public static int words(Site site, StepTarget target, Course.Step step, Function<String, PageContent> contents) {
        if (target.page().isPresent()) {
            PageContent content = contents.apply(target.page().get().id());
            return content == null ? 0 : step.anchor().map(content::wordsFrom).orElse(content.words());
        }
        if (target.id().equals(StepTarget.AUTHORITY)) {
            return site.pages().stream().flatMap(p -> p.data().limits().stream())
                    .mapToInt(l -> wordCount(l.extra()) + wordCount(l.conditions()) + 4).sum();
        }
        return site.glossary().terms().stream().mapToInt(t -> wordCount(t.term()) + wordCount(t.definition())).sum();
    }

    private static String section(StepTarget target, Course.Step step, Function<String, PageContent> contents) {
        if (step.anchor().isEmpty() || target.page().isEmpty()) {
            return "";
        }
        PageContent content = contents.apply(target.page().get().id());
        return content == null ? "" : content.heading(step.anchor().get()).map(Heading::text).orElse("");
    }

    /** A step's link: its page (and section), with the course and step for the course bar. */
    static String href(String from, Course course, int number, StepTarget target, Course.Step step) {
        return UrlPaths.relative(from, target.url()) + "?course=" + course.id() + "&step=" + number
                + step.anchor().map(a -> "#" + a).orElse("");
    }

    /** Each step's progress key: its target, numbered when the course visits the same target again. */
    static List<String> keys(Course course) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Course.Step step : course.steps()) {
            int n = seen.merge(step.target(), 1, Integer::sum);
            keys.add(n == 1 ? step.target() : step.target() + "~" + n);
        }
        return keys;
    }

    /** For each output path, the course steps that lead there ({@code course:step}), for its course bar. */
    static Map<String, List<String>> stepsByUrl(Site site) {
        Map<String, List<String>> steps = new HashMap<>();
        for (Course course : site.courses()) {
            List<Course.Step> all = course.steps();
            for (int i = 0; i < all.size(); i++) {
                int number = i + 1;
                StepTarget.of(site, all.get(i).pageId()).ifPresent(target ->
                        steps.computeIfAbsent(target.url(), u -> new ArrayList<>()).add(course.id() + ":" + number));
            }
        }
        return steps;
    }

    /**
     * {@code courses/<id>.js}: the course's steps for the course bar, added to {@code self.playbookCourses};
     * a script rather than JSON, so pages opened from disk can load it. Hrefs are relative to the release root.
     */
    public static String script(Course course, Site site, Function<String, PageContent> contents) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", course.id());
        data.put("title", course.title());
        data.put("overview", Course.overviewUrl(course.id()));
        List<Map<String, Object>> steps = new ArrayList<>();
        CourseView view = view(course, "index.html", site, contents, List.of());
        for (ModuleView module : view.modules()) {
            for (StepView step : module.steps()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("number", step.number());
                entry.put("key", step.key());
                entry.put("title", step.title());
                entry.put("module", module.title());
                entry.put("moduleNumber", module.number());
                entry.put("href", step.href());
                steps.add(entry);
            }
        }
        data.put("steps", steps);
        data.put("checks", CheckPages.summary(course));
        try {
            return "(self.playbookCourses = self.playbookCourses || {})[" + JSON.writeValueAsString(course.id()) + "] = "
                    + JSON.writeValueAsString(data) + ";\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A course as a package of it lists it (a SCORM player): each step's href relative to the release root. */
    public static CourseView packaged(Course course, Site site, Function<String, PageContent> contents) {
        return view(course, "index.html", site, contents, List.of());
    }

    static List<TermView> terms(Site site, String from) {
        List<TermView> terms = new ArrayList<>();
        List<Glossary.Term> sorted = new ArrayList<>(site.glossary().terms());
        sorted.sort(Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT)));
        for (Glossary.Term term : sorted) {
            LinkView page = term.pageId().flatMap(id -> StepTarget.of(site, id)).map(target -> new LinkView(target.title(),
                    UrlPaths.relative(from, target.url()) + term.pageAnchor().map(a -> "#" + a).orElse(""))).orElse(null);
            terms.add(new TermView(term.anchor(), term.term(), term.definition(), term.synonyms(), page));
        }
        return terms;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
