package dev.playbook.check;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.Course;
import dev.playbook.model.Glossary;
import dev.playbook.model.Heading;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;
import dev.playbook.model.StepTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What courses and the glossary point at must exist: every step's page (or generated reference
 * page) and anchor, every term's page, and the pages knowledge checks link to ({@link QuestionChecker}).
 * Each missing target is an error at the line that names it.
 */
final class CourseChecker {

    private final Site site;
    private final Function<String, PageContent> contents;
    private final Problems problems;

    CourseChecker(Site site, Function<String, PageContent> contents, Problems problems) {
        this.site = site;
        this.contents = contents;
        this.problems = problems;
    }

    void checkAll() {
        for (Course course : site.courses()) {
            for (Course.Step step : course.steps()) {
                checkTarget(step.pageId(), step.anchor(), step.at(), "step");
            }
        }
        for (Glossary.Term term : site.glossary().terms()) {
            term.pageId().ifPresent(id -> checkTarget(id, term.pageAnchor(), term.pageAt(), "term \"" + term.term() + "\""));
        }
    }

    void checkTarget(String id, Optional<String> anchor, SourcePosition at, String what) {
        Optional<StepTarget> target = StepTarget.of(site, id);
        if (target.isEmpty()) {
            List<String> known = new ArrayList<>(site.pages().stream().map(Page::id).toList());
            known.add(StepTarget.AUTHORITY);
            problems.error(at, what + " points to a missing page: no page has id \"" + id + "\""
                    + Suggestions.didYouMean(id, known));
            return;
        }
        if (anchor.isEmpty()) {
            return;
        }
        Optional<PageContent> content = target.get().page().map(p -> contents.apply(p.id()));
        if (content.isEmpty() || content.get() == null) {
            problems.error(at, what + " points to \"#" + anchor.get() + "\" in " + target.get().title()
                    + ", a generated page; name the page without an anchor");
            return;
        }
        if (!content.get().hasAnchor(anchor.get())) {
            Page page = target.get().page().get();
            problems.error(at, what + " points to a missing anchor: " + page.display() + " has no heading \"#" + anchor.get() + "\""
                    + Suggestions.didYouMean(anchor.get(), content.get().headings().stream().map(Heading::id).toList()));
        }
    }
}
