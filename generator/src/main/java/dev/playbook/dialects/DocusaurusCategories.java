package dev.playbook.dialects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.NavHints;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Docusaurus' {@code _category_.json} (or {@code _category_.yml}) in a folder: its
 * {@code position} among its siblings and its sidebar {@code label}. (Pages' own
 * {@code sidebar_position} and {@code sidebar_label} are front matter, read with the page.)
 */
public final class DocusaurusCategories {

    public static final Set<String> FILES = Set.of("_category_.json", "_category_.yml", "_category_.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocusaurusCategories() {
    }

    /** The position and label one category file gives its folder. */
    public static NavHints read(String folder, String name, String display, String text, Problems problems) {
        Optional<JsonNode> root = name.endsWith(".json") ? json(display, text, problems) : yaml(display, text, problems);
        if (root.isEmpty()) {
            return NavHints.NONE;
        }
        Map<String, Double> positions = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        JsonNode position = root.get().path("position");
        if (position.isNumber()) {
            positions.put(folder, position.asDouble());
        } else if (!position.isMissingNode()) {
            problems.warning(SourcePosition.of(display), "\"position\" must be a number; it is ignored");
        }
        String label = root.get().path("label").asText("").strip();
        if (!label.isEmpty()) {
            labels.put(folder, label);
        }
        return new NavHints(Map.of(), Map.of(), positions, labels, Set.of());
    }

    private static Optional<JsonNode> json(String display, String text, Problems problems) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                problems.warning(SourcePosition.of(display), "expected an object such as {\"label\": \"Guides\", \"position\": 2}; it is ignored");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            SourcePosition at = where == null || where.getLineNr() < 1 ? SourcePosition.of(display)
                    : new SourcePosition(display, where.getLineNr(), Math.max(1, where.getColumnNr()));
            problems.warning(at, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("") + "; the file is ignored");
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> yaml(String display, String text, Problems problems) {
        try {
            return Optional.of(YamlDocument.parse(text, display, 1).root());
        } catch (YamlException e) {
            Problem bad = e.problem();
            problems.warning(new SourcePosition(bad.file(), bad.line(), bad.column()), bad.message() + "; the file is ignored");
            return Optional.empty();
        }
    }
}
