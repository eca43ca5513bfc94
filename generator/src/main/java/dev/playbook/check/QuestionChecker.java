package dev.playbook.check;

import dev.playbook.config.PageType;
import dev.playbook.diag.Problems;
import dev.playbook.model.AnswerKey;
import dev.playbook.model.Course;
import dev.playbook.model.KnowledgeCheck;
import dev.playbook.model.KnowledgeCheck.Answer;
import dev.playbook.model.KnowledgeCheck.Question;
import dev.playbook.model.KnowledgeCheck.Reference;
import dev.playbook.model.Page;
import dev.playbook.model.Site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The questions of knowledge checks: each tests at least one standard, has a situation, answers
 * with feedback whose links resolve, and the right number of right answers (exactly one for
 * {@code choose: one}, at least one for {@code choose: several}), as written or as the limits in
 * force on the build date decide ({@link AnswerKey}). Problems are at the line that causes them.
 */
final class QuestionChecker {

    private final Site site;
    private final LocalDate date;
    private final CourseChecker targets;
    private final Problems problems;

    QuestionChecker(Site site, LocalDate date, CourseChecker targets, Problems problems) {
        this.site = site;
        this.date = date;
        this.targets = targets;
        this.problems = problems;
    }

    void checkAll() {
        for (Course course : site.courses()) {
            for (Course.Module module : course.modules()) {
                module.check().ifPresent(this::check);
            }
        }
    }

    private void check(KnowledgeCheck check) {
        for (Question question : check.questions()) {
            String which = "question \"" + question.id() + "\"";
            if (question.tests().isEmpty()) {
                problems.error(question.at(), which + " tests no standard: add \"tests: [<standard id>]\", the standards"
                        + " a right answer shows the learner knows");
            }
            for (Reference test : question.tests()) {
                Optional<Page> page = site.byId(test.pageId());
                if (page.isPresent() && !page.get().type().is(PageType.STANDARD)) {
                    problems.error(test.at(), "\"tests\" names standards; " + page.get().display() + " is a "
                            + page.get().type().title().toLowerCase(java.util.Locale.ROOT) + " page: link it from an answer's \"see:\" instead");
                } else {
                    targets.checkTarget(test.pageId(), test.anchor(), test.at(), which + " (tests:)");
                }
            }
            for (Answer answer : question.answers()) {
                for (Reference see : answer.see()) {
                    targets.checkTarget(see.pageId(), see.anchor(), see.at(), "the feedback of " + which + " (see:)");
                }
                if (answer.feedback().isEmpty() && question.answerFrom().isEmpty()) {
                    problems.error(answer.at(), "this answer needs \"feedback:\": why it is right or wrong, with \"see:\""
                            + " the standard, limit or story that explains it");
                }
            }
            if (question.answerFrom().isPresent()) {
                AnswerKey.resolve(question, site, date).problems().forEach(problems::add);
                continue;
            }
            if (question.answers().size() < 2) {
                problems.error(question.answersAt(), which + " needs \"answers:\", two or more {text, correct, feedback, see}"
                        + " (or \"answer-from: limit <limit-id> for <role>\")");
                continue;
            }
            long right = question.answers().stream().filter(a -> a.correct().orElse(false)).count();
            if (question.choice() == KnowledgeCheck.Choice.ONE && right != 1) {
                problems.error(question.answersAt(), which + " has one right answer (choose: one) but " + right
                        + " answers are marked \"correct: true\"" + (right == 0 ? "; mark the right one" : "; keep one, or write \"choose: several\""));
            } else if (right == 0) {
                problems.error(question.answersAt(), which + " asks for all that apply (choose: several) but no answer"
                        + " is marked \"correct: true\"");
            }
        }
    }
}
