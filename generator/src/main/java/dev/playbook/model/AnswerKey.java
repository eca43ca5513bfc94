package dev.playbook.model;

import dev.playbook.config.Role;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.KnowledgeCheck.Answer;
import dev.playbook.model.KnowledgeCheck.Choice;
import dev.playbook.model.KnowledgeCheck.LimitSource;
import dev.playbook.model.KnowledgeCheck.Question;
import dev.playbook.model.KnowledgeCheck.Reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's answers as a release publishes them: which are right, with their feedback and links.
 * A question with {@code answer-from} is decided by the limit in force on the build date: written
 * answers are right when they give its amount (a written {@code correct:} that says otherwise is a
 * problem), and a question without answers gets them written from the limits of every role.
 */
public final class AnswerKey {

    /** Amounts inside an answer's text: "$25", "25 USD", "30 minutes", "2 hours". */
    private static final Pattern AMOUNT = Pattern.compile(
            "[$€£]\\s?[0-9]+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?\\s*(?:[A-Z]{3}\\b|minutes?\\b|mins?\\b|hours?\\b|days?\\b|weeks?\\b)");
    /** At most this many amounts are offered when the limits write the answers, besides "ask first". */
    static final int AMOUNTS_OFFERED = 3;

    private AnswerKey() {
    }

    /** One answer as published. */
    public record Key(String text, boolean correct, String feedback, List<Reference> see) {
        public Key {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(feedback, "feedback");
            see = List.copyOf(see);
        }
    }

    /**
     * A question resolved on a date: its answers, and the problems found doing it (a limit that is not
     * there, a written answer that contradicts it). {@code limit} is the limit that decided, if one did.
     */
    public record Resolved(Question question, List<Key> answers, Optional<Limit> limit, List<Problem> problems) {
        public Resolved {
            Objects.requireNonNull(question, "question");
            answers = List.copyOf(answers);
            Objects.requireNonNull(limit, "limit");
            problems = List.copyOf(problems);
        }

        /** The right answers' texts, joined: what the release notes compare. */
        public String rightAnswers() {
            return String.join("; ", answers.stream().filter(Key::correct).map(Key::text).toList());
        }
    }

    public static Resolved resolve(Question question, Site site, LocalDate date) {
        if (question.answerFrom().isEmpty()) {
            return new Resolved(question, question.answers().stream().map(a -> new Key(a.text(), a.correct().orElse(false),
                    a.feedback(), a.see())).toList(), Optional.empty(), List.of());
        }
        LimitSource source = question.answerFrom().get();
        List<Problem> problems = new ArrayList<>();
        List<Sourced> all = limitsInForce(site, date);
        TreeSet<String> ids = new TreeSet<>(all.stream().map(s -> s.limit().id()).toList());
        List<String> matching = ids.stream().filter(id -> id.equals(source.limitId())).toList();
        if (matching.isEmpty()) {
            matching = ids.stream().filter(id -> id.startsWith(source.limitId() + "-")).toList();
        }
        if (matching.size() != 1) {
            problems.add(Problem.error(source.at(), (matching.isEmpty() ? "no limit in force on " + date + " has id "
                    + Problem.quote(source.limitId()) + Suggestions.didYouMean(source.limitId(), ids)
                    : Problem.quote(source.limitId()) + " is the start of several limits' ids: " + String.join(", ", matching)
                    + "; write one of them whole") + " (a limit's id is its extra as a slug, e.g. \"" + (ids.isEmpty() ? "goodwill-credit"
                    : ids.first()) + "\")"));
            return new Resolved(question, keysAsWritten(question), Optional.empty(), problems);
        }
        String id = matching.get(0);
        List<Sourced> ofExtra = all.stream().filter(s -> s.limit().id().equals(id)).toList();
        Optional<Sourced> own = ofExtra.stream().filter(s -> s.limit().role().equals(source.role())).findFirst();
        if (own.isEmpty()) {
            problems.add(Problem.error(source.at(), "role " + Problem.quote(source.role()) + " has no limit " + Problem.quote(id)
                    + " in force on " + date + "; roles that have one: "
                    + String.join(", ", ofExtra.stream().map(s -> s.limit().role()).distinct().toList())));
            return new Resolved(question, keysAsWritten(question), Optional.empty(), problems);
        }
        Sourced limit = own.get();
        List<Key> keys = question.answers().isEmpty() ? written(site, limit, ofExtra, source)
                : decided(site, question, limit, source, problems);
        return new Resolved(question, keys, Optional.of(limit.limit()), problems);
    }

    /** Each limit in force on the date, with the page it is on. */
    private static List<Sourced> limitsInForce(Site site, LocalDate date) {
        List<Sourced> all = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            for (Limit limit : page.data().limits()) {
                if (limit.inForce(date)) {
                    all.add(new Sourced(limit, page));
                }
            }
        }
        return all;
    }

    private record Sourced(Limit limit, Page page) { }

    private static List<Key> keysAsWritten(Question question) {
        return question.answers().stream().map(a -> new Key(a.text(), a.correct().orElse(false), a.feedback(), a.see())).toList();
    }

    /** Written answers, right when they give the limit's amount. */
    private static List<Key> decided(Site site, Question question, Sourced limit, LimitSource source, List<Problem> problems) {
        List<Key> keys = new ArrayList<>();
        Reference page = new Reference(limit.page().id(), Optional.empty(), source.at());
        String says = says(site, limit);
        for (Answer answer : question.answers()) {
            boolean right = amounts(answer.text()).stream().anyMatch(a -> a.sameAs(limit.limit().upTo()));
            if (answer.correct().isPresent() && answer.correct().get() != right) {
                problems.add(Problem.error(answer.correctAt(), "this answer is marked correct: " + answer.correct().get()
                        + ", but the limit in force says otherwise: " + says + " (" + limit.page().display()
                        + "); leave \"correct:\" out and the limit decides"));
            }
            List<Reference> see = new ArrayList<>(answer.see());
            if (see.stream().noneMatch(r -> r.pageId().equals(page.pageId()))) {
                see.add(page);
            }
            String feedback = answer.feedback().isEmpty() ? upperFirst(says) + "." : answer.feedback();
            keys.add(new Key(answer.text(), right, feedback, see));
        }
        long right = keys.stream().filter(Key::correct).count();
        if (right == 0) {
            problems.add(Problem.error(question.answersAt(), "no answer gives the limit in force, " + says + " ("
                    + limit.page().display() + "); add it, or leave \"answers:\" out and the limits write them"));
        } else if (right > 1 && question.choice() == Choice.ONE) {
            problems.add(Problem.error(question.answersAt(), right + " answers give the limit in force (" + says
                    + "), and the question has one right answer; keep one, or write \"choose: several\""));
        }
        return keys;
    }

    /** Answers written from the limits: the role's amount, the nearest other roles' amounts, and asking first. */
    private static List<Key> written(Site site, Sourced own, List<Sourced> ofExtra, LimitSource source) {
        List<Sourced> distinct = new ArrayList<>();
        for (Sourced s : ofExtra.stream().sorted(Comparator.comparing((Sourced s) -> s.limit().upTo().value())).toList()) {
            if (s.limit().upTo().unit().equals(own.limit().upTo().unit())
                    && distinct.stream().noneMatch(d -> d.limit().upTo().sameAs(s.limit().upTo()))) {
                distinct.add(s.limit().upTo().sameAs(own.limit().upTo()) ? own : s);
            }
        }
        int at = distinct.indexOf(own);
        List<Sourced> offered = new ArrayList<>(List.of(own));
        for (int step = 1; offered.size() < AMOUNTS_OFFERED && step < distinct.size(); step++) {
            if (at + step < distinct.size()) {
                offered.add(distinct.get(at + step));
            }
            if (offered.size() < AMOUNTS_OFFERED && at - step >= 0) {
                offered.add(distinct.get(at - step));
            }
        }
        offered.sort(Comparator.comparing((Sourced s) -> s.limit().upTo().value()));
        Reference page = new Reference(own.page().id(), Optional.empty(), source.at());
        String says = says(site, own);
        String role = roleTitle(site, own.limit().role());
        List<Key> keys = new ArrayList<>();
        for (Sourced s : offered) {
            boolean right = s == own;
            String feedback = right ? upperFirst(says) + "."
                    : "Up to " + s.limit().upTo().text() + " is the " + roleTitle(site, s.limit().role()) + "'s limit, not yours: "
                    + says + ".";
            keys.add(new Key("Up to " + s.limit().upTo().text(), right, feedback, List.of(page)));
        }
        String approver = own.limit().approval().map(a -> roleTitle(site, a)).orElse("your approver");
        keys.add(new Key("Nothing until a " + approver + " approves", false,
                "You need no approval within your limit: " + says + ".", List.of(page)));
        return keys;
    }

    /** "a Store associate may give a goodwill credit on a purchase of up to 25 USD on their own; above it, a Team lead approves". */
    private static String says(Site site, Sourced s) {
        Limit limit = s.limit();
        String text = "a " + roleTitle(site, limit.role()) + " may give " + lowerFirst(limit.extra()) + " of up to "
                + limit.upTo().text() + " on their own";
        return text + limit.approval().filter(a -> !a.equals(limit.role())).map(a -> "; above it, a " + roleTitle(site, a) + " approves")
                .orElse("");
    }

    private static String roleTitle(Site site, String role) {
        return site.config().role(role).map(Role::title).orElse(role);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1))) ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The amounts an answer's text gives. */
    static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            Amount.parse(m.group()).ifPresent(amounts::add);
        }
        return amounts;
    }
}
