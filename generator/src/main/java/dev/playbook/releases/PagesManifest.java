package dev.playbook.releases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.playbook.model.Course;
import dev.playbook.model.Heading;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.ReadingTime;
import dev.playbook.model.Site;
import dev.playbook.model.StepTarget;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.CoursePages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code pages.json}: every page and course of a release, for learning systems and other tools
 * that link into the playbook. Every URL is relative to the folder that holds the releases
 * (prefix {@code baseUrl} when it is set): {@code url} pins this release, {@code latest} follows
 * the path into the latest release, {@code short} follows the page's id ({@code go/<id>.html}).
 * The file validates against {@value #SCHEMA}, published beside it.
 */
final class PagesManifest {

    static final String FILE = "pages.json";
    static final String SCHEMA = "pages.schema.json";
    static final String GO = "go";

    private PagesManifest() {
    }

    /** The schema as the generator ships it. */
    static byte[] schema() {
        try (InputStream in = PagesManifest.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the generator is missing its " + SCHEMA);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Site site, Function<String, PageContent> contents) {
        String release = site.config().release();
        List<PageEntry> pages = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            PageContent content = contents.apply(page.id());
            if (content == null) {
                continue;
            }
            List<HeadingEntry> headings = new ArrayList<>();
            for (Heading heading : content.headings()) {
                headings.add(new HeadingEntry(heading.level(), heading.id(), heading.text(),
                        pinned(release, page.url()) + "#" + heading.id(), latest(page.url()) + "#" + heading.id(),
                        shortLink(page.id()) + "#" + heading.id()));
            }
            pages.add(new PageEntry(page.id(), page.title(), page.type().id(),
                    page.summary().isEmpty() ? content.excerpt() : page.summary(), page.tags(), pinned(release, page.url()),
                    latest(page.url()), shortLink(page.id()), content.words(), ReadingTime.minutes(content.words()), headings));
        }
        List<CourseEntry> courses = new ArrayList<>();
        for (Course course : site.courses()) {
            courses.add(course(site, course, contents));
        }
        Manifest manifest = new Manifest(SCHEMA, release, site.config().title(), site.config().baseUrl().orElse(null),
                pinned(release, "index.html"), pages, courses);
        // Compact: tools read it (jq pretty-prints it for a person); indented, it was 29 MB at
        // 10,000 pages, a third of that spaces, written, compared and zipped on every build.
        return Json.compact(manifest) + "\n";
    }

    private static CourseEntry course(Site site, Course course, Function<String, PageContent> contents) {
        String release = site.config().release();
        List<ModuleEntry> modules = new ArrayList<>();
        int number = 0;
        int courseWords = 0;
        for (Course.Module module : course.modules()) {
            List<StepEntry> steps = new ArrayList<>();
            for (Course.Step step : module.steps()) {
                number++;
                Optional<StepTarget> target = StepTarget.of(site, step.pageId());
                if (target.isEmpty()) {
                    continue;
                }
                int words = CoursePages.words(site, target.get(), step, contents);
                courseWords += words;
                String query = "?course=" + course.id() + "&step=" + number;
                String fragment = step.anchor().map(a -> "#" + a).orElse("");
                String title = step.title().orElseGet(() -> target.get().title() + step.anchor()
                        .flatMap(a -> target.get().page().map(p -> contents.apply(p.id())).flatMap(c -> c.heading(a)))
                        .map(h -> " › " + h.text()).orElse(""));
                steps.add(new StepEntry(number, step.pageId(), step.anchor().orElse(null), title,
                        pinned(release, target.get().url()) + query + fragment, latest(target.get().url()) + query + fragment,
                        target.get().page().isPresent() ? shortLink(step.pageId()) + query + fragment : null,
                        ReadingTime.minutes(words), step.notes().isEmpty() ? null : step.notes(), step.questions()));
            }
            modules.add(new ModuleEntry(module.title(), module.summary().isEmpty() ? null : module.summary(), steps));
        }
        return new CourseEntry(course.id(), course.title(), course.summary(), course.audience(),
                course.duration().isEmpty() ? null : course.duration(), ReadingTime.minutes(courseWords),
                pinned(release, Course.overviewUrl(course.id())), latest(Course.overviewUrl(course.id())),
                pinned(release, Course.handoutUrl(course.id())), modules);
    }

    private static String pinned(String release, String path) {
        return UrlPaths.encodeSegment(release) + "/" + UrlPaths.encode(path);
    }

    private static String latest(String path) {
        return StableLinks.LATEST + "/" + UrlPaths.encode(path);
    }

    /** The page's short link: {@code go/<id>.html}, which works from disk and on any host. */
    static String shortLink(String id) {
        return GO + "/" + id + ".html";
    }

    @JsonPropertyOrder({"$schema", "release", "title", "baseUrl", "home", "pages", "courses"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Manifest(@JsonProperty("$schema") String schema, String release, String title, String baseUrl, String home,
                    List<PageEntry> pages, List<CourseEntry> courses) { }

    @JsonPropertyOrder({"id", "title", "type", "summary", "tags", "url", "latest", "short", "words", "readingMinutes", "headings"})
    record PageEntry(String id, String title, String type, String summary, List<String> tags, String url, String latest,
                     @JsonProperty("short") String shortUrl, int words, int readingMinutes, List<HeadingEntry> headings) { }

    @JsonPropertyOrder({"level", "anchor", "text", "url", "latest", "short"})
    record HeadingEntry(int level, String anchor, String text, String url, String latest,
                        @JsonProperty("short") String shortUrl) { }

    @JsonPropertyOrder({"id", "title", "summary", "audience", "duration", "readingMinutes", "url", "latest", "handout", "modules"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CourseEntry(String id, String title, String summary, List<String> audience, String duration, int readingMinutes,
                       String url, String latest, String handout, List<ModuleEntry> modules) { }

    @JsonPropertyOrder({"title", "summary", "steps"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModuleEntry(String title, String summary, List<StepEntry> steps) { }

    @JsonPropertyOrder({"step", "page", "anchor", "title", "url", "latest", "short", "readingMinutes", "notes", "questions"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepEntry(int step, String page, String anchor, String title, String url, String latest,
                     @JsonProperty("short") String shortUrl, int readingMinutes, String notes, List<String> questions) { }
}
