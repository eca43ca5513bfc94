package dev.playbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.diag.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields from a {@link YamlDocument}. A field of the wrong type is reported at its
 * own line, with the value found, and read as absent so the build can go on to find more.
 */
public final class FieldReader {

    private final YamlDocument document;
    private final Problems problems;

    public FieldReader(YamlDocument document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    public YamlDocument document() {
        return document;
    }

    public Optional<String> text(String field) {
        return document.get(field).flatMap(node -> scalarText(node, "/" + field, field));
    }

    public Optional<Integer> integer(String field) {
        Optional<JsonNode> node = document.get(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().canConvertToInt() && node.get().isIntegralNumber()) {
            return Optional.of(node.get().intValue());
        }
        problems.error(document.valuePositionOf("/" + field),
                "\"" + field + "\" must be a whole number, found " + show(node.get()));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String field) {
        Optional<JsonNode> node = document.get(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().isBoolean()) {
            return Optional.of(node.get().booleanValue());
        }
        problems.error(document.valuePositionOf("/" + field),
                "\"" + field + "\" must be true or false, found " + show(node.get()));
        return Optional.empty();
    }

    /** A list of scalars; a single scalar is read as a list of one, as editors often write. */
    public List<String> textList(String field) {
        Optional<JsonNode> node = document.get(field);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            return scalarText(node.get(), "/" + field, field).map(List::of).orElse(List.of());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.get().size(); i++) {
            String pointer = "/" + field + "/" + i;
            scalarText(node.get().get(i), pointer, field + " entry").ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Optional<String> scalarText(JsonNode node, String pointer, String what) {
        if (node.isValueNode() && !node.isNull()) {
            return Optional.of(node.asText());
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        problems.error(document.valuePositionOf(pointer),
                "\"" + what + "\" must be text, found " + (node.isArray() ? "a list" : "a mapping"));
        return Optional.empty();
    }

    static String show(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "\"" + node.asText() + "\"";
    }
}
