package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.Course;
import dev.playbook.model.KnowledgeCheck;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.CoursePages;
import dev.playbook.render.TemplateEngine;
import dev.playbook.render.Views;
import dev.playbook.safety.ContentSecurityPolicy;
import dev.playbook.scorm.CoursePackager;
import dev.playbook.scorm.CoursePlan;
import dev.playbook.scorm.PlayerView;
import dev.playbook.theme.Theme;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The packages stage: each course's SCORM packages, made from the release's pages as this build
 * wrote them, into the writer. Runs after layout and copy, when every page and asset is staged.
 */
final class PackageStage {

    static final String PLAYER_TEMPLATE = "_scorm-player";
    /** The player's own page: the site's policy, with frames of the package itself (the steps' pages). */
    static final ContentSecurityPolicy PLAYER_POLICY = ContentSecurityPolicy.SITE.with("frame-src", "'self'");

    private final Problems problems;
    private final String displayRoot;
    private final boolean pagesFirst;

    PackageStage(Problems problems, String displayRoot, boolean pagesFirst) {
        this.problems = problems;
        this.displayRoot = displayRoot;
        this.pagesFirst = pagesFirst;
    }

    /**
     * @param oneOfReleases whether the site is one release among others (its pages are under {@code <base>/<release>/})
     * @param words         the theme's words in the site's language, the player template's {@code msg}
     */
    void run(Site site, Function<String, PageContent> contents, Theme theme, TemplateEngine templates, SiteWriter writer,
             boolean oneOfReleases, Map<String, String> words) throws IOException {
        if (site.courses().isEmpty()) {
            return;
        }
        if (!templates.has(PLAYER_TEMPLATE)) {
            problems.warning(SourcePosition.of(displayRoot), "the theme has no templates/" + PLAYER_TEMPLATE
                    + ".ftlh, so no course gets a SCORM package; copy it from the default theme");
            return;
        }
        Optional<String> siteBase = site.config().baseUrl().map(base -> base + "/"
                + (oneOfReleases ? UrlPaths.encodeSegment(site.config().release()) + "/" : ""));
        CoursePackager.Settings settings = new CoursePackager.Settings(site.config().language(), site.config().title(),
                PLAYER_POLICY.value(), siteBase, playerFiles(theme));
        Function<String, Optional<byte[]>> release = path -> {
            try {
                return writer.claimed(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        for (Course course : site.courses()) {
            String owner = "the SCORM packages of " + course.display();
            try {
                if (pagesFirst && writer.keepAll(zipUrls(course), owner)) {
                    continue;
                }
                CoursePlan plan = plan(course, site, contents);
                for (Map.Entry<String, byte[]> zip : CoursePackager.packages(plan, settings, view -> player(templates, view, words),
                        release).entrySet()) {
                    writer.write(zip.getKey(), zip.getValue(), owner);
                }
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(course.display()), e.getMessage());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static List<String> zipUrls(Course course) {
        return java.util.Arrays.stream(dev.playbook.scorm.ScormVersion.values()).map(v -> v.zipUrl(course.id())).toList();
    }

    private Optional<String> player(TemplateEngine templates, PlayerView view, Map<String, String> words) {
        try {
            return Optional.of(templates.render(PLAYER_TEMPLATE, Map.of("player", view, "msg", words)));
        } catch (TemplateEngine.TemplateFailure e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    /** The theme's player files ({@code scorm/}), by their path in a package. */
    private static Map<String, byte[]> playerFiles(Theme theme) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : theme.paths("scorm/")) {
            files.put(CoursePackager.ASSETS + path.substring("scorm/".length()), Files.readAllBytes(theme.file(path).orElseThrow()));
        }
        return files;
    }

    /** The course's steps and checks in order as the course's overview lists them, at their pages in the release. */
    static CoursePlan plan(Course course, Site site, Function<String, PageContent> contents) {
        Views.CourseView view = CoursePages.packaged(course, site, contents);
        List<CoursePlan.Module> modules = new ArrayList<>();
        for (Views.ModuleView module : view.modules()) {
            List<CoursePlan.Item> items = new ArrayList<>();
            for (Views.StepView step : module.steps()) {
                items.add(new CoursePlan.Item(step.title(), target(step.href()), false));
            }
            if (course.modules().get(module.number() - 1).check().isPresent()) {
                items.add(new CoursePlan.Item("Knowledge check", KnowledgeCheck.pageUrl(course.id(), module.number()), true));
            }
            modules.add(new CoursePlan.Module(module.number(), module.title(), items));
        }
        return new CoursePlan(course.id(), course.display(), course.title(), course.summary(), modules);
    }

    /** A step's href from the release root ({@code standards/greet.html?course=c&step=2#how}) as the page's path and anchor. */
    private static String target(String href) {
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : href.substring(hash);
        String path = hash < 0 ? href : href.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return URLDecoder.decode(path, StandardCharsets.UTF_8) + fragment;
    }
}
