package dev.playbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code playbook.yml} into a {@link SiteConfig}, reporting every mistake at its line. */
public final class SiteConfigReader {

    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "description", "organisation", "release", "release-title", "release-date",
            "language", "roles");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SiteConfigReader() {
    }

    /** Returns the config, or empty when it has errors (all of them added to {@code problems}). */
    public static Optional<SiteConfig> read(String text, String file, Problems problems) {
        YamlDocument yaml;
        try {
            yaml = YamlDocument.parse(text, file, 1);
        } catch (YamlException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        Problems local = new Problems();
        FieldReader fields = new FieldReader(yaml, local);
        for (Iterator<String> names = yaml.root().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN_KEYS.contains(name)) {
                local.warning(yaml.positionOf("/" + name), "unknown setting \"" + name + "\""
                        + Suggestions.didYouMean(name, KNOWN_KEYS) + "; it is ignored");
            }
        }
        Optional<String> title = fields.text("title");
        if (title.isEmpty() || title.get().isBlank()) {
            local.error(yaml.start(), "playbook.yml needs a \"title:\" (the playbook's name, shown in every page header)");
        }
        String release = fields.text("release").orElse("current");
        if (!RELEASE.matcher(release).matches()) {
            local.error(yaml.valuePositionOf("/release"), "release \"" + release
                    + "\" must be letters, digits, '.', '_' or '-' (it names a folder), e.g. \"2026.2\"");
        }
        String language = fields.text("language").orElse("en");
        List<Role> roles = readRoles(yaml, local);
        SiteConfig config = new SiteConfig(
                title.orElse(""),
                fields.text("description").orElse(""),
                fields.text("organisation").orElse(""),
                release,
                fields.text("release-title"),
                language,
                roles,
                file);
        problems.addAll(local.sorted());
        return local.hasErrors() ? Optional.empty() : Optional.of(config);
    }

    private static List<Role> readRoles(YamlDocument yaml, Problems problems) {
        Optional<JsonNode> node = yaml.get("roles");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            problems.error(yaml.valuePositionOf("/roles"), "\"roles\" must be a list of {id, title}");
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.get().size(); i++) {
            JsonNode entry = node.get().get(i);
            String pointer = "/roles/" + i;
            if (entry.isTextual()) {
                entry = yaml.root().objectNode().put("id", entry.asText()).put("title", entry.asText());
            }
            if (!entry.isObject() || !entry.path("id").isValueNode()) {
                problems.error(yaml.valuePositionOf(pointer), "each role needs an \"id\" (e.g. team-lead) and a \"title\"");
                continue;
            }
            String id = entry.get("id").asText();
            if (!ID.matcher(id).matches()) {
                problems.error(yaml.valuePositionOf(pointer + "/id"), "role id \"" + id
                        + "\" must be lowercase letters, digits and single hyphens, e.g. \"team-lead\"");
                continue;
            }
            if (!seen.add(id)) {
                problems.error(yaml.valuePositionOf(pointer + "/id"), "role \"" + id + "\" is listed twice");
                continue;
            }
            roles.add(new Role(id, entry.path("title").isValueNode() ? entry.get("title").asText() : id));
        }
        return roles;
    }
}
