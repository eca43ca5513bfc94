package dev.playbook.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;
import dev.playbook.load.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code glossary.yml}: {@code terms:}, a list of {term, definition, synonyms, page}. A term
 * or synonym given twice is an error naming the line of the first; whether {@code page:} exists is
 * the checker's job.
 */
final class GlossaryReader {

    static final String FILE = "glossary.yml";
    static final Set<String> TERM_FIELDS = Set.of("term", "definition", "synonyms", "page");

    private GlossaryReader() {
    }

    static Glossary read(DataFile file, Problems problems) {
        YamlDocument yaml;
        try {
            yaml = YamlDocument.parse(file.text(), file.display(), 1);
        } catch (YamlException e) {
            problems.add(e.problem());
            return Glossary.EMPTY;
        }
        for (Iterator<String> names = yaml.root().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("terms")) {
                problems.warning(yaml.positionOf("/" + name), "unknown glossary field \"" + name + "\""
                        + Suggestions.didYouMean(name, Set.of("terms")) + "; the glossary is a list under \"terms:\"");
            }
        }
        JsonNode node = yaml.root().path("terms");
        if (!node.isArray()) {
            problems.error(yaml.valuePositionOf("/terms"), "glossary.yml needs \"terms:\", a list of"
                    + " {term, definition, synonyms, page}");
            return Glossary.EMPTY;
        }
        List<Glossary.Term> terms = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/terms/" + i;
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.error(yaml.valuePositionOf(pointer), "each term must be a mapping of {term, definition, synonyms, page}");
                continue;
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!TERM_FIELDS.contains(name)) {
                    problems.warning(yaml.positionOf(pointer + "/" + name), "unknown term field \"" + name + "\""
                            + Suggestions.didYouMean(name, TERM_FIELDS) + "; it is ignored");
                }
            }
            String term = entry.path("term").isValueNode() ? entry.path("term").asText().strip() : "";
            String definition = entry.path("definition").isValueNode() ? entry.path("definition").asText().strip() : "";
            if (term.isEmpty() || definition.isEmpty()) {
                problems.error(yaml.positionOf(pointer), "each term needs a \"term:\" and a \"definition:\"");
                continue;
            }
            List<String> synonyms = new ArrayList<>();
            JsonNode given = entry.path("synonyms");
            if (given.isValueNode() && !given.isNull()) {
                synonyms.add(given.asText().strip());
            } else if (given.isArray()) {
                given.forEach(s -> synonyms.add(s.asText().strip()));
            }
            boolean clash = false;
            List<String> phrases = new ArrayList<>(List.of(term));
            phrases.addAll(synonyms);
            for (String phrase : phrases) {
                Integer first = lines.putIfAbsent(phrase.toLowerCase(Locale.ROOT), yaml.positionOf(pointer).line());
                if (first != null) {
                    problems.error(yaml.positionOf(pointer), "\"" + phrase + "\" is already a term or synonym on line " + first
                            + "; a phrase can mean only one term");
                    clash = true;
                }
            }
            String id = Ids.slug(term);
            if (ids.putIfAbsent(id, term) != null && !clash) {
                problems.error(yaml.positionOf(pointer + "/term"), "term \"" + term + "\" has the same anchor as \""
                        + ids.get(id) + "\" (#" + id + "); rename one");
                clash = true;
            }
            if (clash) {
                continue;
            }
            Optional<String> page = entry.path("page").isValueNode() && !entry.path("page").isNull()
                    ? Optional.of(entry.path("page").asText().strip()).filter(p -> !p.isEmpty()) : Optional.empty();
            terms.add(new Glossary.Term(id, term, definition, synonyms.stream().filter(s -> !s.isEmpty()).toList(), page,
                    yaml.positionOf(pointer + "/term"), yaml.valuePositionOf(pointer + "/page")));
        }
        return new Glossary(terms, file.display());
    }
}
