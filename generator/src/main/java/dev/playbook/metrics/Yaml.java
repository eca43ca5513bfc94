package dev.playbook.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** Reading one YAML document's fields, with every mistake a problem at its place. */
record Yaml(YamlDocument doc, Problems problems) {

    JsonNode at(String pointer) {
        return doc.root().at(pointer);
    }

    boolean present(String pointer) {
        JsonNode node = at(pointer);
        return !node.isMissingNode() && !node.isNull();
    }

    Optional<String> text(String pointer) {
        JsonNode node = at(pointer);
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    void warnUnknown(String pointer, Set<String> known, String what) {
        for (Iterator<String> names = at(pointer).fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.warning(doc.positionOf(pointer + "/" + name), "unknown " + what + " field \"" + name + "\""
                        + Suggestions.didYouMean(name, known) + "; it is ignored");
            }
        }
    }

    /** A number, written as one or as text in the unit ({@code 85%}). */
    Optional<BigDecimal> number(String pointer, String unit, String what) {
        JsonNode node = at(pointer);
        if (node.isIntegralNumber()) {
            return Optional.of(BigDecimal.valueOf(node.longValue()));
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        ValueText.Parsed parsed = ValueText.parse(node.isValueNode() ? node.asText() : "", unit, what);
        if (parsed.value().isEmpty()) {
            problems.error(doc.valuePositionOf(pointer), parsed.problem());
        }
        return parsed.value();
    }

    /** The number YAML read, if it read one; text is left to {@link ValueText}. */
    Optional<BigDecimal> readNumber(String pointer) {
        JsonNode node = at(pointer);
        if (node.isIntegralNumber()) {
            return Optional.of(BigDecimal.valueOf(node.longValue()));
        }
        return node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
    }
}
