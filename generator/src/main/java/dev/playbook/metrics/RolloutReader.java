package dev.playbook.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's {@code rollout:} mapping: its phases, each with a name, start and end dates (no
 * end: it goes on), an owner, a scope and what is trained in it, in date order.
 */
final class RolloutReader {

    static final Set<String> FIELDS = Set.of("title", "phases");
    static final Set<String> PHASE_FIELDS = Set.of("name", "start", "end", "owner", "scope", "training");

    private RolloutReader() {
    }

    static Optional<RolloutPlan> read(Declaring page, Problems problems) {
        Yaml yaml = new Yaml(page.frontMatter(), problems);
        YamlDocument doc = page.frontMatter();
        JsonNode phases = yaml.at("/rollout/phases");
        if (!yaml.at("/rollout").isObject() || !phases.isArray() || phases.isEmpty()) {
            problems.error(doc.valuePositionOf(yaml.at("/rollout").isObject() ? "/rollout/phases" : "/rollout"),
                    "\"rollout\" must be a mapping with \"phases:\", a list of {name, start, end, owner, scope, training}");
            return Optional.empty();
        }
        yaml.warnUnknown("/rollout", FIELDS, "rollout");
        List<Phase> read = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            String at = "/rollout/phases/" + i;
            if (!phases.get(i).isObject()) {
                problems.error(doc.valuePositionOf(at), "each phase must be a mapping: {name: Crawl, start: 2026-05-04, end: 2026-06-28, owner: ...}");
                continue;
            }
            yaml.warnUnknown(at, PHASE_FIELDS, "phase");
            Optional<String> name = yaml.text(at + "/name").map(String::strip).filter(n -> !n.isEmpty());
            if (name.isEmpty()) {
                problems.error(doc.valuePositionOf(at), "this phase needs a \"name:\"");
            }
            Optional<LocalDate> start = date(yaml, at + "/start", true);
            Optional<LocalDate> end = yaml.present(at + "/end") ? date(yaml, at + "/end", false) : Optional.empty();
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                problems.error(doc.valuePositionOf(at + "/end"), "\"end\" (" + end.get() + ") is before \"start\" (" + start.get()
                        + "); swap the dates or correct one of them");
                continue;
            }
            if (!read.isEmpty() && start.isPresent() && start.get().isBefore(read.get(read.size() - 1).start())) {
                problems.error(doc.valuePositionOf(at + "/start"), "this phase starts (" + start.get() + ") before the phase listed"
                        + " before it (" + read.get(read.size() - 1).start() + "); list phases in date order");
            }
            if (!read.isEmpty() && read.get(read.size() - 1).end().isEmpty() && start.isPresent()) {
                problems.error(doc.valuePositionOf(at + "/start"), "the phase before this one has no \"end:\", so it never"
                        + " ends; give it an end date");
            }
            Optional<String> owner = yaml.text(at + "/owner").map(String::strip).filter(o -> !o.isEmpty());
            if (owner.isEmpty()) {
                problems.warning(doc.positionOf(at), "this phase names no \"owner:\"; say who leads it");
            }
            if (name.isPresent() && start.isPresent()) {
                read.add(new Phase(name.get(), start.get(), end, owner.orElse(""), yaml.text(at + "/scope").map(String::strip).orElse(""),
                        training(yaml, at + "/training")));
            }
        }
        String title = yaml.text("/rollout/title").map(String::strip).filter(t -> !t.isEmpty()).orElse(page.title());
        return read.isEmpty() ? Optional.empty() : Optional.of(new RolloutPlan(page.pageId(), title, read));
    }

    private static List<String> training(Yaml yaml, String pointer) {
        JsonNode node = yaml.at(pointer);
        List<String> topics = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(t -> {
                if (t.isValueNode() && !t.isNull() && !t.asText().isBlank()) {
                    topics.add(t.asText().strip());
                }
            });
        } else if (node.isValueNode() && !node.isNull()) {
            topics.add(node.asText().strip());
        }
        return topics;
    }

    private static Optional<LocalDate> date(Yaml yaml, String pointer, boolean required) {
        Optional<String> text = yaml.text(pointer);
        if (text.isEmpty()) {
            if (required) {
                yaml.problems().error(yaml.doc().positionOf(pointer.substring(0, pointer.lastIndexOf('/'))),
                        "this phase needs a \"" + pointer.substring(pointer.lastIndexOf('/') + 1) + ":\" date, written YYYY-MM-DD");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get().strip()));
        } catch (DateTimeParseException e) {
            yaml.problems().error(yaml.doc().valuePositionOf(pointer), "\"" + pointer.substring(pointer.lastIndexOf('/') + 1)
                    + "\" must be a date written YYYY-MM-DD, found \"" + text.get() + "\"");
            return Optional.empty();
        }
    }
}
