package dev.playbook.model;

import dev.playbook.diag.SourcePosition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course trainers run from the playbook ({@code courses/<id>.yml}): who it is for, how long it
 * takes, and its modules, each an ordered list of steps that point into the playbook.
 *
 * @param id       the file's name, or its {@code id:}; it names the course's pages and its saved progress
 * @param display  the course file as editors see it, for problems
 * @param audience role ids or plain words: who the course is for
 * @param duration how long the course takes, as the trainer writes it ("2 days")
 */
public record Course(String id, String display, String title, String summary, List<String> audience, String duration,
                     List<Module> modules) {

    public Course {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        audience = List.copyOf(audience);
        Objects.requireNonNull(duration, "duration");
        modules = List.copyOf(modules);
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid course id: " + id);
        }
    }

    /** Where the course's overview is published, inside the release. */
    public static String overviewUrl(String id) {
        return "courses/" + id + ".html";
    }

    /** Where the course's printable handout is published, inside the release. */
    public static String handoutUrl(String id) {
        return "courses/" + id + "-print.html";
    }

    /** Where the course's data for the course bar is published (a script, so pages opened from disk can load it). */
    public static String scriptUrl(String id) {
        return "courses/" + id + ".js";
    }

    /** Every step in order, across modules. */
    public List<Step> steps() {
        return modules.stream().flatMap(m -> m.steps().stream()).toList();
    }

    /** One module: a title, an optional summary, its steps and the knowledge check at its end, if any. */
    public record Module(String title, String summary, List<Step> steps, Optional<KnowledgeCheck> check) {
        public Module {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            steps = List.copyOf(steps);
            Objects.requireNonNull(check, "check");
        }

        public Module(String title, String summary, List<Step> steps) {
            this(title, summary, steps, Optional.empty());
        }
    }

    /**
     * One step: a page, or a section of it ({@code id#anchor}), with what the trainer adds.
     *
     * @param title     the step's own title, when it should not be the page's (and section's)
     * @param notes     for the trainer: what to stress, what to ask (empty when none)
     * @param questions "check your understanding" questions for the learner
     * @param at        where the step's {@code page:} is written, for problems
     */
    public record Step(String pageId, Optional<String> anchor, Optional<String> title, String notes, List<String> questions,
                       SourcePosition at) {
        public Step {
            Objects.requireNonNull(pageId, "pageId");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(notes, "notes");
            questions = List.copyOf(questions);
            Objects.requireNonNull(at, "at");
        }

        /** {@code id} or {@code id#anchor}: the step's target as written, and the key its progress is saved under. */
        public String target() {
            return pageId + anchor.map(a -> "#" + a).orElse("");
        }
    }
}
