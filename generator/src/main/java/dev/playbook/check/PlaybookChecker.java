package dev.playbook.check;

import dev.playbook.config.PageType;
import dev.playbook.config.SiteConfig;
import dev.playbook.diag.FaultInjection;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.Limit;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.References;
import dev.playbook.model.Site;

import java.time.LocalDate;
import dev.playbook.model.PageKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks that make a set of pages a playbook: ids that resolve, limits that agree, and the
 * checklist of a service initiative (every standard says how, when and with what authority, and
 * is illustrated by a story; every extra has an approval path; pages are reviewed and in force).
 */
public final class PlaybookChecker {

    private final Site site;
    private final Function<String, PageContent> contents;
    private final References references;
    private final LocalDate today;
    private final Problems problems;

    public PlaybookChecker(Site site, Function<String, PageContent> contents, References references, LocalDate today,
                           Problems problems) {
        this.site = site;
        this.contents = contents;
        this.references = references;
        this.today = today;
        this.problems = problems;
    }

    public void checkAll() {
        Suggestions ids = Suggestions.among(site.pages().stream().map(Page::id).toList());
        site.pages().forEach(page -> {
            try {
                FaultInjection.at("checking", page.display());
                checkReferences(page, ids);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(InternalErrors.problem(SourcePosition.of(page.display()), "checking", e));
            }
        });
        checkLimits();
        checkChecklist();
        checkReachable();
        checkDates();
        CourseChecker courses = new CourseChecker(site, contents, problems);
        courses.checkAll();
        new QuestionChecker(site, today, courses, problems).checkAll();
    }

    /**
     * Pages that only the sidebar leads to: nothing links to them from the home page onwards,
     * through content links, section pages' lists and standards' story lists.
     */
    private void checkReachable() {
        Optional<Page> home = site.home();
        if (home.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Deque<Page> queue = new ArrayDeque<>(List.of(home.get()));
        seen.add(home.get().id());
        while (!queue.isEmpty()) {
            Page page = queue.removeFirst();
            List<String> next = new ArrayList<>();
            PageContent content = contents.apply(page.id());
            if (content != null) {
                content.links().forEach(link -> next.add(link.toId()));
            }
            next.addAll(page.data().related());
            next.addAll(references.storiesFor(page.id()));
            if (page.kind() != PageKind.PAGE) {
                for (Page child : site.children(page.folder())) {
                    if (child != page) {
                        next.add(child.id());
                    }
                }
            }
            for (String id : next) {
                if (seen.add(id)) {
                    site.byId(id).ifPresent(queue::addLast);
                }
            }
        }
        for (Page page : site.pages()) {
            if (!seen.contains(page.id())) {
                problems.warning(titlePosition(page), "unreachable: no page links here, so only the sidebar leads to it;"
                        + " link it from a section page, the home page or a related page");
            }
        }
    }

    private void checkReferences(Page page, Suggestions ids) {
        checkIds(page, "illustrates", page.data().illustrates(), ids, true);
        checkIds(page, "related", page.data().related(), ids, false);
    }

    private void checkIds(Page page, String field, List<String> wanted, Suggestions ids, boolean standardsOnly) {
        boolean list = page.frontMatter().root().path(field).isArray();
        for (int i = 0; i < wanted.size(); i++) {
            String id = wanted.get(i);
            SourcePosition at = page.frontMatter().valuePositionOf(list ? "/" + field + "/" + i : "/" + field);
            var target = site.byId(id);
            if (target.isEmpty()) {
                problems.error(at, "unknown id \"" + id + "\" in " + field + ids.didYouMean(id));
            } else if (standardsOnly && !target.get().type().is(PageType.STANDARD)) {
                problems.error(at, "\"" + id + "\" in " + field + " is a " + target.get().type().id()
                        + " page; stories illustrate standards");
            }
        }
    }

    /** Two limits for the same role and extra, in force at the same time, must say the same amount. */
    private void checkLimits() {
        Map<String, List<Placed>> byKey = new HashMap<>();
        for (Page page : site.pages()) {
            for (Limit limit : page.data().limits()) {
                byKey.computeIfAbsent(limit.key(), k -> new ArrayList<>()).add(new Placed(page, limit));
            }
        }
        for (List<Placed> same : byKey.values()) {
            for (int i = 1; i < same.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Placed later = same.get(i);
                    Placed first = same.get(j);
                    if (!later.limit().overlaps(first.limit())) {
                        continue;
                    }
                    SourcePosition firstAt = first.position();
                    String where = firstAt.file() + ":" + firstAt.line();
                    if (later.limit().upTo().sameAs(first.limit().upTo())) {
                        problems.warning(later.position(), "the limit for " + later.limit().role() + " on \""
                                + later.limit().extra() + "\" is given twice (also at " + where + "); keep one");
                    } else {
                        problems.error(later.position(), "conflicting limit: " + later.limit().role() + " may give \""
                                + later.limit().extra() + "\" up to " + later.limit().upTo() + " here but up to "
                                + first.limit().upTo() + " at " + where + "; keep one, or give them different effective dates");
                    }
                }
            }
        }
    }

    private void checkChecklist() {
        if (site.pages().stream().noneMatch(p -> p.type().is(PageType.VISION))) {
            problems.warning(new SourcePosition(site.config().file(), 1, 1), "the playbook has no vision page: "
                    + "add one (type: vision) that says what the initiative is for, so every standard has a why");
        }
        List<String> sections = site.config().standardSections();
        for (Page page : site.pages()) {
            if (page.type().is(PageType.STANDARD) && page.kind() == dev.playbook.model.PageKind.PAGE) {
                List<String> missing = missingSections(page, sections);
                if (!missing.isEmpty()) {
                    problems.warning(titlePosition(page), "this standard has no " + String.join(", ", quote(missing))
                            + " section; staff need to be told how and when to act and with what authority (add \"## "
                            + missing.get(0) + "\")");
                }
                if (references.storiesFor(page.id()).isEmpty()) {
                    problems.warning(titlePosition(page), "no story illustrates this standard; add a story with \"illustrates: ["
                            + page.id() + "]\" so staff see it in action");
                }
            }
            for (Limit limit : page.data().limits()) {
                if (limit.approval().isEmpty()) {
                    problems.warning(page.frontMatter().positionOf(limit.pointer()), "the limit for " + limit.role() + " on \""
                            + limit.extra() + "\" has no approval path; add \"approval:\" with the role that may go beyond it");
                }
            }
        }
    }

    private void checkDates() {
        SiteConfig config = site.config();
        for (Page page : site.pages()) {
            page.data().reviewed().ifPresent(reviewed -> config.reviewIntervalDays().ifPresent(days -> {
                if (reviewed.plusDays(days).isBefore(today)) {
                    problems.warning(page.frontMatter().valuePositionOf("/reviewed"), "review overdue: last reviewed "
                            + reviewed + ", more than " + days + " days ago; review the page and update \"reviewed:\"");
                }
            }));
            page.data().until().filter(today::isAfter).ifPresent(until -> problems.warning(
                    page.frontMatter().valuePositionOf("/until"), "expired on " + until
                            + ": remove the page, or extend \"until:\" if it still applies"));
            for (Limit limit : page.data().limits()) {
                limit.until().filter(today::isAfter).ifPresent(until -> problems.warning(
                        page.frontMatter().valuePositionOf(limit.pointer() + "/until"), "this limit expired on " + until
                                + ": remove it, or extend \"until:\""));
            }
        }
    }

    private List<String> missingSections(Page page, List<String> wanted) {
        PageContent content = contents.apply(page.id());
        return wanted.stream().filter(section -> content == null || !content.hasSection(section)).toList();
    }

    private static List<String> quote(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").toList();
    }

    static SourcePosition titlePosition(Page page) {
        return page.frontMatter().get("title").isPresent()
                ? page.frontMatter().positionOf("/title")
                : new SourcePosition(page.display(), page.bodyLine(), 1);
    }

    private record Placed(Page page, Limit limit) {
        SourcePosition position() {
            return page.frontMatter().positionOf(limit.pointer());
        }
    }
}
