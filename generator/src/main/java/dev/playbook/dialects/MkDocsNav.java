package dev.playbook.dialects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problems;
import dev.playbook.model.NavHints;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code nav:} of MkDocs' {@code mkdocs.yml}: a nested list whose entries are a file
 * ({@code - setup.md}), a titled file ({@code - Setting up: setup.md}) or a titled section holding
 * a list. Pages come in the order listed; a title given there becomes the page's sidebar label. Entries
 * that leave the handbook (links to other sites) are skipped; entries naming no file are warnings.
 */
public final class MkDocsNav {

    public static final String FILE = "mkdocs.yml";

    private MkDocsNav() {
    }

    /**
     * The hints of a parsed {@code mkdocs.yml}. Nav paths are relative to its {@code docs_dir};
     * {@code docsPrefix} is that folder's path inside the source root ({@code "docs/"} when the
     * playbook's source is the folder holding mkdocs.yml, {@code ""} when it is the docs folder).
     */
    public static NavHints read(YamlDocument config, String docsPrefix, Set<String> pages, Problems problems) {
        JsonNode nav = config.root().path("nav");
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        if (nav.isArray()) {
            walk(config, nav, "/nav", docsPrefix, pages, ranks, labels, problems);
        } else if (!nav.isMissingNode() && !nav.isNull()) {
            problems.warning(config.valuePositionOf("/nav"), "nav must be a list of pages and sections; it is ignored");
        }
        return new NavHints(ranks, labels, Map.of(), Map.of(), Set.of());
    }

    /** The docs folder mkdocs.yml names ({@code docs_dir:}, {@code docs} by default), without slashes at its ends. */
    public static String docsDir(YamlDocument config) {
        String dir = config.root().path("docs_dir").asText("docs").strip().replaceAll("^\\./", "").replaceAll("/+$", "");
        return dir.isEmpty() ? "docs" : dir;
    }

    private static void walk(YamlDocument config, JsonNode list, String pointer, String prefix, Set<String> pages,
                             Map<String, Integer> ranks, Map<String, String> labels, Problems problems) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = pointer + "/" + i;
            if (entry.isTextual()) {
                add(config, at, entry.asText(), Optional.empty(), prefix, pages, ranks, labels, problems);
            } else if (entry.isObject() && entry.size() == 1) {
                Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
                Map.Entry<String, JsonNode> field = fields.next();
                String inner = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getValue().isTextual()) {
                    add(config, inner, field.getValue().asText(), Optional.of(field.getKey()), prefix, pages, ranks, labels, problems);
                } else if (field.getValue().isArray()) {
                    walk(config, field.getValue(), inner, prefix, pages, ranks, labels, problems);
                } else {
                    problems.warning(config.valuePositionOf(inner), "nav entry \"" + field.getKey()
                            + "\" must name a file or hold a list; it is ignored");
                }
            } else {
                problems.warning(config.valuePositionOf(at), "a nav entry is a file, \"Title: file\" or \"Section: [...]\"; it is ignored");
            }
        }
    }

    private static void add(YamlDocument config, String pointer, String target, Optional<String> title, String prefix,
                            Set<String> pages, Map<String, Integer> ranks, Map<String, String> labels, Problems problems) {
        if (SourcePaths.isExternal(target)) {
            return;
        }
        Optional<String> page = SourcePaths.resolve("", target)
                .flatMap(resolved -> SourcePaths.page(prefix + resolved, pages));
        if (page.isEmpty()) {
            problems.warning(config.valuePositionOf(pointer), "nav entry \"" + target + "\" is not a page of this handbook"
                    + " (no file " + prefix + target + "); fix the path or remove the entry");
            return;
        }
        if (ranks.putIfAbsent(page.get(), ranks.size()) == null) {
            title.map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> labels.put(page.get(), t));
        }
    }
}
