package dev.playbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code languages:} from {@code playbook.yml}: a map from language code to its title,
 * description and labels. The default language is {@code language:}; listing it under
 * {@code languages:} only gives it labels.
 */
final class LanguagesReader {

    private static final Set<String> FIELDS = Set.of("title", "description", "labels");
    /** A code that names a folder: a language subtag and optional subtags, as BCP 47 spells them. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private LanguagesReader() {
    }

    static Languages read(YamlDocument yaml, String primaryCode, String title, String description, Problems problems) {
        Optional<String> editUrl = Optional.ofNullable(yaml.root().get("edit-url")).filter(JsonNode::isTextual)
                .map(JsonNode::asText).map(String::strip).filter(u -> !u.isEmpty());
        JsonNode node = yaml.root().path("languages");
        Language primary = new Language(primaryCode, title, description, Map.of());
        if (node.isMissingNode() || node.isNull()) {
            return new Languages(primary, List.of(), editUrl);
        }
        if (!node.isObject()) {
            problems.error(yaml.valuePositionOf("/languages"), "\"languages\" must map each language code to its title,"
                    + " e.g. \"es: {title: Manual de servicio}\"");
            return new Languages(primary, List.of(), editUrl);
        }
        List<Language> others = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String code = entry.getKey();
            String pointer = "/languages/" + code.replace("~", "~0").replace("/", "~1");
            if (!CODE.matcher(code).matches() || !SiteConfigReader.isLanguageTag(code)) {
                problems.error(yaml.positionOf(pointer), "language \"" + code + "\" must be a BCP 47 language code such as"
                        + " es, fr, pt-BR or ar (it names the language's folder)");
                continue;
            }
            if (!seen.add(code.toLowerCase(java.util.Locale.ROOT))) {
                problems.error(yaml.positionOf(pointer), "language \"" + code + "\" is listed twice");
                continue;
            }
            JsonNode fields = entry.getValue();
            if (fields.isNull() || fields.isMissingNode()) {
                fields = yaml.root().objectNode();
            }
            if (!fields.isObject()) {
                problems.error(yaml.valuePositionOf(pointer), "language \"" + code + "\" must have a title, e.g. \""
                        + code + ": {title: ...}\"");
                continue;
            }
            for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.warning(yaml.positionOf(pointer + "/" + name), "unknown language field \"" + name + "\""
                            + Suggestions.didYouMean(name, FIELDS) + "; it is ignored");
                }
            }
            Map<String, String> labels = labels(yaml, pointer + "/labels", fields.path("labels"), problems);
            boolean isPrimary = code.equals(primaryCode);
            String ownTitle = fields.path("title").isValueNode() ? fields.get("title").asText().strip() : "";
            if (ownTitle.isEmpty() && !isPrimary) {
                problems.warning(yaml.positionOf(pointer), "language \"" + code + "\" has no title; pages in it show \""
                        + title + "\" meanwhile");
            }
            String ownDescription = fields.path("description").isValueNode() ? fields.get("description").asText().strip() : "";
            Language language = new Language(code, ownTitle.isEmpty() ? title : ownTitle,
                    ownDescription.isEmpty() ? description : ownDescription, labels);
            if (isPrimary) {
                primary = language;
            } else {
                others.add(language);
            }
        }
        return new Languages(primary, others, editUrl);
    }

    private static Map<String, String> labels(YamlDocument yaml, String pointer, JsonNode node, Problems problems) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            problems.error(yaml.valuePositionOf(pointer), "labels must map names (type.standard, role.agent, a theme"
                    + " message such as skipToContent) to words in this language");
            return labels;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> label = entries.next();
            if (!label.getValue().isValueNode() || label.getValue().isNull()) {
                problems.error(yaml.valuePositionOf(pointer + "/" + label.getKey().replace("~", "~0").replace("/", "~1")),
                        "label \"" + label.getKey() + "\" must be a text");
                continue;
            }
            labels.put(label.getKey(), label.getValue().asText());
        }
        return labels;
    }
}
