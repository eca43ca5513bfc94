package dev.playbook.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;
import dev.playbook.load.DataFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code courses/*.yml} into {@link Course}s. Mistakes in the file's shape are reported at
 * their line (unknown fields as warnings, missing or mistyped ones as errors); whether the steps'
 * pages and anchors exist is the checker's job, once pages are rendered.
 */
final class CourseReader {

    static final String FOLDER = "courses/";
    static final Set<String> COURSE_FIELDS = Set.of("id", "title", "summary", "audience", "duration", "modules");
    static final Set<String> MODULE_FIELDS = Set.of("title", "summary", "steps", "check");
    static final Set<String> STEP_FIELDS = Set.of("page", "title", "notes", "questions");

    private CourseReader() {
    }

    /** Whether a data file is a course: a YAML file directly in {@code courses/}. */
    static boolean isCourse(DataFile file) {
        return file.path().startsWith(FOLDER) && file.path().indexOf('/', FOLDER.length()) < 0;
    }

    static Optional<Course> read(DataFile file, Problems problems) {
        YamlDocument yaml;
        try {
            yaml = YamlDocument.parse(file.text(), file.display(), 1);
        } catch (YamlException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        Fields fields = new Fields(yaml, problems);
        return fields.course(file);
    }

    /** One file's reading: the document and where its problems go. */
    private record Fields(YamlDocument yaml, Problems problems) {

        Optional<Course> course(DataFile file) {
            JsonNode root = yaml.root();
            warnUnknown("", root, COURSE_FIELDS, "course field");
            String name = file.path().substring(FOLDER.length());
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            String id = text("/id").orElse(Ids.slug(stem));
            boolean ok = true;
            if (!Ids.isValid(id)) {
                problems.error(yaml.valuePositionOf("/id"), "course id " + Problem.quote(id)
                        + " may use only lowercase letters, digits and single hyphens (at most 128 characters), e.g. \"" + Ids.slug(id) + "\"");
                ok = false;
            }
            Optional<String> title = text("/title").filter(t -> !t.isBlank());
            if (title.isEmpty()) {
                problems.error(yaml.positionOf("/title"), "a course needs a \"title:\" (shown on its overview and handout)");
                ok = false;
            }
            List<Course.Module> modules = modules();
            if (modules.isEmpty() && !root.path("modules").isArray()) {
                ok = false;
            }
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new Course(id, file.display(), title.get(), text("/summary").orElse(""), textList("/audience"),
                    text("/duration").orElse(""), modules));
        }

        private List<Course.Module> modules() {
            JsonNode node = yaml.root().path("modules");
            if (!node.isArray() || node.isEmpty()) {
                problems.error(yaml.valuePositionOf("/modules"), "a course needs \"modules:\", a list of"
                        + " {title, steps}; each step names a page by id (\"page: own-the-problem\" or \"page: own-the-problem#how\")");
                return List.of();
            }
            List<Course.Module> modules = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String pointer = "/modules/" + i;
                JsonNode module = node.get(i);
                if (!module.isObject()) {
                    problems.error(yaml.valuePositionOf(pointer), "each module must be a mapping of {title, summary, steps}");
                    continue;
                }
                warnUnknown(pointer, module, MODULE_FIELDS, "module field");
                Optional<String> title = text(pointer + "/title").filter(t -> !t.isBlank());
                if (title.isEmpty()) {
                    problems.error(yaml.positionOf(pointer), "module " + (i + 1) + " needs a \"title:\"");
                }
                List<Course.Step> steps = steps(pointer + "/steps", module.path("steps"), i + 1);
                modules.add(new Course.Module(title.orElse("Module " + (i + 1)), text(pointer + "/summary").orElse(""), steps,
                        new CheckReader(yaml, problems).read(pointer + "/check")));
            }
            return modules;
        }

        private List<Course.Step> steps(String pointer, JsonNode node, int module) {
            if (!node.isArray() || node.isEmpty()) {
                problems.error(yaml.valuePositionOf(node.isMissingNode() ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer),
                        "module " + module + " needs \"steps:\", a list of {page, notes, questions}");
                return List.of();
            }
            List<Course.Step> steps = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String at = pointer + "/" + i;
                JsonNode step = node.get(i);
                if (step.isTextual()) {
                    target(at, step.asText()).ifPresent(t -> steps.add(new Course.Step(t[0], Optional.ofNullable(t[1]),
                            Optional.empty(), "", List.of(), yaml.valuePositionOf(at))));
                    continue;
                }
                if (!step.isObject()) {
                    problems.error(yaml.valuePositionOf(at), "each step must be a page id or a mapping of {page, title, notes, questions}");
                    continue;
                }
                warnUnknown(at, step, STEP_FIELDS, "step field");
                Optional<String> page = text(at + "/page");
                if (page.isEmpty()) {
                    problems.error(yaml.positionOf(at), "each step needs \"page:\", a page id or \"id#anchor\" for a section");
                    continue;
                }
                Optional<String[]> target = target(at + "/page", page.get());
                if (target.isEmpty()) {
                    continue;
                }
                steps.add(new Course.Step(target.get()[0], Optional.ofNullable(target.get()[1]),
                        text(at + "/title").filter(t -> !t.isBlank()), text(at + "/notes").orElse("").strip(),
                        textList(at + "/questions"), yaml.valuePositionOf(at + "/page")));
            }
            return steps;
        }

        /** {@code id} or {@code id#anchor}, as [id, anchor or null]. */
        private Optional<String[]> target(String pointer, String written) {
            String value = written.strip();
            int hash = value.indexOf('#');
            String id = hash < 0 ? value : value.substring(0, hash);
            String anchor = hash < 0 ? null : value.substring(hash + 1);
            if (!Ids.isValid(id) || (anchor != null && anchor.isBlank())) {
                problems.error(yaml.valuePositionOf(pointer), "step \"" + written + "\" must be a page id, or a page id and"
                        + " a heading anchor: \"own-the-problem\" or \"own-the-problem#how\"");
                return Optional.empty();
            }
            return Optional.of(new String[] {id, anchor});
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

        /** A list of texts; a single text is a list of one. */
        private List<String> textList(String pointer) {
            JsonNode node = yaml.root().at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                return text(pointer).map(List::of).orElse(List.of());
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                text(pointer + "/" + i).map(String::strip).filter(t -> !t.isEmpty()).ifPresent(out::add);
            }
            return out;
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
}
