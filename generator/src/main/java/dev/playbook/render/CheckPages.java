package dev.playbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.AnswerKey;
import dev.playbook.model.Course;
import dev.playbook.model.KnowledgeCheck;
import dev.playbook.model.KnowledgeCheck.Reference;
import dev.playbook.model.Site;
import dev.playbook.model.StepTarget;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.CheckLinkView;
import dev.playbook.render.Views.CheckView;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.QuestionView;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge checks of courses: a page per module's check ({@code courses/<id>-check-<n>.html})
 * with the questions and their choices, and the course's answer key ({@code courses/<id>-answers.js}),
 * which the page loads only when the learner answers, so no answer is in the page before. The key is
 * a script, not JSON, so pages opened from disk can load it; it holds one JSON object (see
 * docs/knowledge-checks.md). Right answers from the limits are decided on the build date.
 */
public final class CheckPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckPages() {
    }

    /** Every check page's URL. */
    static List<String> urls(Site site) {
        List<String> urls = new ArrayList<>();
        for (Course course : site.courses()) {
            for (int m = 0; m < course.modules().size(); m++) {
                if (course.modules().get(m).check().isPresent()) {
                    urls.add(KnowledgeCheck.pageUrl(course.id(), m + 1));
                }
            }
        }
        return urls;
    }

    /** The link to module {@code number}'s check, from {@code from}; null when it has none. */
    static CheckLinkView link(Course course, int number, String from) {
        Optional<KnowledgeCheck> check = course.modules().get(number - 1).check();
        return check.map(c -> new CheckLinkView(number, UrlPaths.relative(from, KnowledgeCheck.pageUrl(course.id(), number)),
                c.questions().size(), c.passMark().map(KnowledgeCheck.PassMark::text).orElse(""),
                passScore(c))).orElse(null);
    }

    static int passScore(KnowledgeCheck check) {
        return check.passMark().map(p -> p.required(check.questions().size())).orElse(0);
    }

    static List<GeneratedPages.Generated> all(ViewBuilder views, Site site) {
        List<GeneratedPages.Generated> pages = new ArrayList<>();
        for (Course course : site.courses()) {
            for (int m = 0; m < course.modules().size(); m++) {
                Course.Module module = course.modules().get(m);
                if (module.check().isEmpty()) {
                    continue;
                }
                int number = m + 1;
                String url = KnowledgeCheck.pageUrl(course.id(), number);
                String title = views.localisation().text("moduleCheck", number) + ": " + module.title();
                Map<String, Object> model = views.model(url, Optional.empty(), views.generatedView("check-" + course.id() + "-" + number,
                        title, views.localisation().text("checkSummary", number, course.title()), "course", "check",
                        url, List.of(), List.of()));
                model.put("check", view(site, course, number, module.check().get(), url, views.date(), views.localisation()));
                pages.add(new GeneratedPages.Generated(url, "check", model));
            }
        }
        return pages;
    }

    private static CheckView view(Site site, Course course, int number, KnowledgeCheck check, String from, LocalDate date,
                                  Localisation words) {
        List<QuestionView> questions = new ArrayList<>();
        int n = 0;
        for (KnowledgeCheck.Question question : check.questions()) {
            n++;
            List<LinkView> tests = question.tests().stream().flatMap(t -> link(site, t, from).stream()).toList();
            // The choices, never which are right: with answer-from and no answers written, the limits write them.
            List<String> choices = question.answers().isEmpty()
                    ? AnswerKey.resolve(question, site, date).answers().stream().map(AnswerKey.Key::text).toList()
                    : question.answers().stream().map(KnowledgeCheck.Answer::text).toList();
            questions.add(new QuestionView(question.id(), n, question.situation(),
                    question.choice() == KnowledgeCheck.Choice.SEVERAL, tests, choices));
        }
        LinkView next = null;
        if (number < course.modules().size() && !course.modules().get(number).steps().isEmpty()) {
            Course.Step first = course.modules().get(number).steps().get(0);
            int stepNumber = 1 + course.modules().subList(0, number).stream().mapToInt(m -> m.steps().size()).sum();
            Optional<StepTarget> target = StepTarget.of(site, first.pageId());
            if (target.isPresent()) {
                next = new LinkView(words.text("moduleNumber", number + 1) + " " + course.modules().get(number).title(),
                        CoursePages.href(from, course, stepNumber, target.get(), first));
            }
        }
        return new CheckView(course.id(), course.title(), number, course.modules().get(number - 1).title(),
                UrlPaths.relative(from, Course.overviewUrl(course.id())), UrlPaths.relative(from, KnowledgeCheck.answersUrl(course.id())),
                check.passMark().map(KnowledgeCheck.PassMark::text).orElse(""), passScore(check), questions, next);
    }

    private static Optional<LinkView> link(Site site, Reference reference, String from) {
        return StepTarget.of(site, reference.pageId()).map(t -> new LinkView(t.title(),
                UrlPaths.relative(from, t.url()) + reference.anchor().map(a -> "#" + a).orElse("")));
    }

    /**
     * The course's answer key as a script that adds it to {@code self.playbookCheckAnswers}. Hrefs are
     * relative to the release root. Empty when the course has no checks.
     */
    public static Optional<String> answers(Course course, Site site, LocalDate date) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int m = 0; m < course.modules().size(); m++) {
            Optional<KnowledgeCheck> check = course.modules().get(m).check();
            if (check.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> questions = new ArrayList<>();
            for (KnowledgeCheck.Question question : check.get().questions()) {
                AnswerKey.Resolved resolved = AnswerKey.resolve(question, site, date);
                List<Map<String, Object>> answers = new ArrayList<>();
                for (AnswerKey.Key key : resolved.answers()) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("text", key.text());
                    answer.put("correct", key.correct());
                    answer.put("feedback", key.feedback());
                    answer.put("see", key.see().stream().flatMap(r -> link(site, r, "index.html").stream())
                            .map(CheckPages::linkData).toList());
                    answers.add(answer);
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", question.id());
                entry.put("several", question.choice() == KnowledgeCheck.Choice.SEVERAL);
                entry.put("answers", answers);
                questions.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("module", m + 1);
            entry.put("passScore", passScore(check.get()));
            entry.put("max", check.get().questions().size());
            entry.put("questions", questions);
            checks.add(entry);
        }
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("course", course.id());
        data.put("checks", checks);
        try {
            return Optional.of("(self.playbookCheckAnswers = self.playbookCheckAnswers || {})[" + JSON.writeValueAsString(course.id())
                    + "] = " + JSON.writeValueAsString(data) + ";\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link as the answer key writes it: title, then href (in this order, so the file is the same every build). */
    private static Map<String, Object> linkData(LinkView link) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", link.title());
        data.put("href", link.href());
        return data;
    }

    /** The course data's list of checks, for the course bar and the course's totals. */
    static List<Map<String, Object>> summary(Course course) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int m = 0; m < course.modules().size(); m++) {
            CheckLinkView link = link(course, m + 1, "index.html");
            if (link != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("module", link.module());
                entry.put("href", link.href());
                entry.put("max", link.questions());
                entry.put("passScore", link.passScore());
                checks.add(entry);
            }
        }
        return checks;
    }
}
