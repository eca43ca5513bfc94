package dev.playbook.model;

import dev.playbook.diag.SourcePosition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The knowledge check at the end of a course's module ({@code check:} in the course file): scenario
 * questions, each with single- or multiple-choice answers and feedback, and an optional pass mark.
 * Answers may come from the limits ({@code answer-from: limit <limit-id> for <role>}); which answer is
 * right is then decided on the build date by {@link AnswerKey}.
 *
 * @param at where {@code check:} is written, for problems
 */
public record KnowledgeCheck(Optional<PassMark> passMark, List<Question> questions, SourcePosition at) {

    public KnowledgeCheck {
        Objects.requireNonNull(passMark, "passMark");
        questions = List.copyOf(questions);
        Objects.requireNonNull(at, "at");
    }

    /** Where a course's check for a module is published, inside the release. */
    public static String pageUrl(String courseId, int module) {
        return "courses/" + courseId + "-check-" + module + ".html";
    }

    /** Where a course's answers and feedback are published: a script, loaded only when the learner answers. */
    public static String answersUrl(String courseId) {
        return "courses/" + courseId + "-answers.js";
    }

    /**
     * The pass mark: a percentage of the questions ({@code 75%}) or a number of them ({@code 3}).
     *
     * @param text as the trainer wrote it
     */
    public record PassMark(int value, boolean percent, String text, SourcePosition at) {
        public PassMark {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }

        /** How many of {@code questions} must be right to pass. */
        public int required(int questions) {
            return percent ? (int) Math.ceil(value * questions / 100.0) : value;
        }
    }

    /** Whether a question has one right answer or asks for all that apply. */
    public enum Choice { ONE, SEVERAL }

    /**
     * One question.
     *
     * @param id         names the question in saved results and release notes ({@code q1} when not written)
     * @param tests      the standards it tests, by page id
     * @param answerFrom the limit that decides the right answer, when one does
     */
    public record Question(String id, String situation, Choice choice, List<Reference> tests, List<Answer> answers,
                           Optional<LimitSource> answerFrom, SourcePosition at, SourcePosition answersAt) {
        public Question {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(situation, "situation");
            Objects.requireNonNull(choice, "choice");
            tests = List.copyOf(tests);
            answers = List.copyOf(answers);
            Objects.requireNonNull(answerFrom, "answerFrom");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(answersAt, "answersAt");
        }
    }

    /**
     * One answer as written.
     *
     * @param correct as written; with {@code answer-from} it may be left out, and the limit decides
     * @param see     the pages (or sections) that explain the feedback
     */
    public record Answer(String text, Optional<Boolean> correct, String feedback, List<Reference> see, SourcePosition at,
                         SourcePosition correctAt) {
        public Answer {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(correct, "correct");
            Objects.requireNonNull(feedback, "feedback");
            see = List.copyOf(see);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(correctAt, "correctAt");
        }
    }

    /** A page id, or {@code id#anchor}, where it is written. */
    public record Reference(String pageId, Optional<String> anchor, SourcePosition at) {
        public Reference {
            Objects.requireNonNull(pageId, "pageId");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code answer-from: limit <limit-id> for <role>}: the limit is a limit's id (its extra as a slug, or a unique start of it). */
    public record LimitSource(String limitId, String role, SourcePosition at) {
        public LimitSource {
            Objects.requireNonNull(limitId, "limitId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }
}
