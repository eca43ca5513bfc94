package dev.playbook.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.KnowledgeCheck.Answer;
import dev.playbook.model.KnowledgeCheck.Choice;
import dev.playbook.model.KnowledgeCheck.LimitSource;
import dev.playbook.model.KnowledgeCheck.PassMark;
import dev.playbook.model.KnowledgeCheck.Question;
import dev.playbook.model.KnowledgeCheck.Reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a module's {@code check:} in a course file into a {@link KnowledgeCheck}. Mistakes in its
 * shape are problems at their line and column; whether references resolve, the number of right
 * answers and the limits are the checker's job, once the site is known.
 */
final class CheckReader {

    static final Set<String> CHECK_FIELDS = Set.of("pass-mark", "questions");
    static final Set<String> QUESTION_FIELDS = Set.of("id", "situation", "choose", "tests", "answers", "answer-from");
    static final Set<String> ANSWER_FIELDS = Set.of("text", "correct", "feedback", "see");
    private static final Pattern PASS_MARK = Pattern.compile("^\\s*([0-9]{1,3})\\s*(%?)\\s*$");
    private static final Pattern ANSWER_FROM = Pattern.compile("^\\s*limit\\s+(\\S+)\\s+for\\s+(\\S+)\\s*$");

    private final YamlDocument yaml;
    private final Problems problems;

    CheckReader(YamlDocument yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    /** The check at {@code pointer} (a module's {@code /modules/N/check}), when it is written and readable. */
    Optional<KnowledgeCheck> read(String pointer) {
        JsonNode node = yaml.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.error(yaml.valuePositionOf(pointer), "\"check\" must be a mapping of {pass-mark, questions}");
            return Optional.empty();
        }
        warnUnknown(pointer, node, CHECK_FIELDS, "check field");
        JsonNode list = node.path("questions");
        if (!list.isArray() || list.isEmpty()) {
            problems.error(yaml.valuePositionOf(list.isMissingNode() ? pointer : pointer + "/questions"),
                    "a check needs \"questions:\", a list of {situation, tests, answers} (or answer-from: limit <limit-id> for <role>)");
            return Optional.empty();
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            question(pointer + "/questions/" + i, list.get(i), i + 1).ifPresent(q -> {
                if (!ids.add(q.id())) {
                    problems.error(yaml.valuePositionOf(pointer + "/questions/" + questions.size() + "/id"),
                            "two questions of this check have id " + Problem.quote(q.id()) + "; give each its own");
                }
                questions.add(q);
            });
        }
        Optional<PassMark> passMark = passMark(pointer + "/pass-mark", questions.size());
        return Optional.of(new KnowledgeCheck(passMark, questions, yaml.positionOf(pointer)));
    }

    private Optional<PassMark> passMark(String pointer, int questions) {
        JsonNode node = yaml.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        Matcher m = PASS_MARK.matcher(node.isValueNode() ? node.asText() : "");
        int value = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        boolean percent = m.matches() && !m.group(2).isEmpty();
        if (value < 0 || (percent && (value < 1 || value > 100)) || (!percent && (value < 1 || value > questions))) {
            problems.error(yaml.valuePositionOf(pointer), "\"pass-mark\" must be a percentage of the questions (\"75%\") or"
                    + " how many must be right, from 1 to " + questions + ", found " + Problem.quote(node.isValueNode() ? node.asText() : node.toString()));
            return Optional.empty();
        }
        return Optional.of(new PassMark(value, percent, node.asText().strip(), yaml.valuePositionOf(pointer)));
    }

    private Optional<Question> question(String at, JsonNode node, int number) {
        if (!node.isObject()) {
            problems.error(yaml.valuePositionOf(at), "each question must be a mapping of {situation, tests, answers}");
            return Optional.empty();
        }
        warnUnknown(at, node, QUESTION_FIELDS, "question field");
        String id = text(at + "/id").map(String::strip).orElse("q" + number);
        if (!Ids.isValid(id)) {
            problems.error(yaml.valuePositionOf(at + "/id"), "question id " + Problem.quote(id)
                    + " may use only lowercase letters, digits and single hyphens, e.g. \"" + Ids.slug(id) + "\"");
            id = Ids.slug(id);
        }
        Optional<String> situation = text(at + "/situation").map(String::strip).filter(s -> !s.isEmpty());
        if (situation.isEmpty()) {
            problems.error(yaml.positionOf(at + (node.has("situation") ? "/situation" : "")),
                    "question " + number + " needs \"situation:\", the customer's situation and what the learner is asked");
            return Optional.empty();
        }
        Choice choice = Choice.ONE;
        Optional<String> choose = text(at + "/choose").map(String::strip);
        if (choose.isPresent()) {
            switch (choose.get()) {
                case "one" -> choice = Choice.ONE;
                case "several" -> choice = Choice.SEVERAL;
                default -> problems.error(yaml.valuePositionOf(at + "/choose"), "\"choose\" is \"one\" (one right answer)"
                        + " or \"several\" (all that apply), found " + Problem.quote(choose.get()));
            }
        }
        Optional<LimitSource> from = text(at + "/answer-from").flatMap(written -> {
            Matcher m = ANSWER_FROM.matcher(written);
            if (!m.matches()) {
                problems.error(yaml.valuePositionOf(at + "/answer-from"), "\"answer-from\" is written \"limit <limit-id> for <role>\","
                        + " e.g. \"limit goodwill-credit-on-a-purchase for associate\", found " + Problem.quote(written));
                return Optional.empty();
            }
            return Optional.of(new LimitSource(m.group(1), m.group(2), yaml.valuePositionOf(at + "/answer-from")));
        });
        List<Answer> answers = answers(at + "/answers", node.path("answers"));
        return Optional.of(new Question(id, situation.get(), choice, references(at + "/tests"), answers, from,
                yaml.positionOf(at), yaml.positionOf(node.has("answers") ? at + "/answers" : at)));
    }

    private List<Answer> answers(String pointer, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.error(yaml.valuePositionOf(pointer), "\"answers\" must be a list of {text, correct, feedback, see}");
            return List.of();
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode answer = node.get(i);
            if (!answer.isObject()) {
                problems.error(yaml.valuePositionOf(at), "each answer must be a mapping of {text, correct, feedback, see}");
                continue;
            }
            warnUnknown(at, answer, ANSWER_FIELDS, "answer field");
            Optional<String> text = text(at + "/text").map(String::strip).filter(t -> !t.isEmpty());
            if (text.isEmpty()) {
                problems.error(yaml.positionOf(at + (answer.has("text") ? "/text" : "")), "each answer needs \"text:\", what the learner may choose");
                continue;
            }
            Optional<Boolean> correct = Optional.empty();
            JsonNode flag = answer.path("correct");
            if (flag.isBoolean()) {
                correct = Optional.of(flag.booleanValue());
            } else if (!flag.isMissingNode() && !flag.isNull()) {
                problems.error(yaml.valuePositionOf(at + "/correct"), "\"correct\" is true or false, found " + Problem.quote(flag.asText()));
            }
            answers.add(new Answer(text.get(), correct, text(at + "/feedback").map(String::strip).orElse(""),
                    references(at + "/see"), yaml.positionOf(at), yaml.valuePositionOf(answer.has("correct") ? at + "/correct" : at)));
        }
        return answers;
    }

    /** Page ids or {@code id#anchor}s: one text, or a list of them. */
    private List<Reference> references(String pointer) {
        JsonNode node = yaml.root().at(pointer);
        List<String> pointers = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            pointers.add(pointer);
        }
        List<Reference> references = new ArrayList<>();
        for (String at : pointers) {
            Optional<String> written = text(at).map(String::strip).filter(t -> !t.isEmpty());
            if (written.isEmpty()) {
                continue;
            }
            int hash = written.get().indexOf('#');
            String id = hash < 0 ? written.get() : written.get().substring(0, hash);
            Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(written.get().substring(hash + 1));
            if (!Ids.isValid(id) || anchor.filter(String::isBlank).isPresent()) {
                problems.error(yaml.valuePositionOf(at), Problem.quote(written.get()) + " must be a page id, or a page id and"
                        + " a heading anchor: \"own-the-problem\" or \"own-the-problem#how\"");
                continue;
            }
            references.add(new Reference(id, anchor, yaml.valuePositionOf(at)));
        }
        return references;
    }

    private Optional<String> text(String pointer) {
        JsonNode node = yaml.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problems.error(yaml.valuePositionOf(pointer), "\"" + pointer.substring(pointer.lastIndexOf('/') + 1)
                    + "\" must be text, found " + (node.isArray() ? "a list" : "a mapping"));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private void warnUnknown(String pointer, JsonNode node, Set<String> known, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.warning(yaml.positionOf(pointer + "/" + name), "unknown " + what + " \"" + name + "\""
                        + Suggestions.didYouMean(name, known) + "; it is ignored");
            }
        }
    }
}
