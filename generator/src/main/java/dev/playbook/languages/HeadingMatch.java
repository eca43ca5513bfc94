package dev.playbook.languages;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.Heading;
import dev.playbook.model.PageContent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Matches the headings of a page across its languages, so that an anchor of one language lands
 * on the same section in every other: {@code greet.html#say-hello} and {@code es/greet.html#say-hello}
 * both reach the section that Spanish calls {@code #saluda}. Headings are matched by their place in
 * the page when the two pages have the same headings at the same levels; a translation whose
 * headings do not follow its original's is a warning (its sections are then reached from other
 * languages at the top of the page only).
 */
public final class HeadingMatch {

    private HeadingMatch() {
    }

    /**
     * @param contents each language's rendered pages by id, the default language's first
     * @param display  each language's way to name a page's source in a problem
     * @return by language (its index in {@code contents}) and page id: the other languages' anchors
     *         of each heading, to the heading's anchor in this language
     */
    public static Map<Integer, Map<String, Map<String, String>>> aliases(List<Map<String, PageContent>> contents,
                                                                         Problems problems,
                                                                         List<Function<String, String>> display) {
        Map<Integer, Map<String, Map<String, String>>> aliases = new TreeMap<>();
        Map<String, PageContent> primary = contents.get(0);
        for (String id : new java.util.TreeSet<>(primary.keySet())) {
            List<Heading> original = primary.get(id).headings();
            for (int i = 1; i < contents.size(); i++) {
                PageContent translation = contents.get(i).get(id);
                if (translation != null && translation.headings() != original && !levels(translation.headings()).equals(levels(original))
                        && !translation.html().equals(primary.get(id).html())) {
                    problems.warning(SourcePosition.of(display.get(i).apply(id)), "this translation's headings ("
                            + translation.headings().size() + ") do not follow those of " + display.get(0).apply(id) + " ("
                            + original.size() + "): links from other languages to its sections land at the top of the page;"
                            + " give it the same headings at the same levels");
                }
            }
            for (int to = 0; to < contents.size(); to++) {
                PageContent target = contents.get(to).get(id);
                if (target == null) {
                    continue;
                }
                Map<String, String> own = new HashMap<>();
                for (int from = 0; from < contents.size(); from++) {
                    PageContent source = contents.get(from).get(id);
                    if (from == to || source == null || !levels(source.headings()).equals(levels(target.headings()))) {
                        continue;
                    }
                    for (int k = 0; k < target.headings().size(); k++) {
                        String theirs = source.headings().get(k).id();
                        String mine = target.headings().get(k).id();
                        if (!theirs.equals(mine)) {
                            own.putIfAbsent(theirs, mine);
                        }
                    }
                }
                if (!own.isEmpty()) {
                    aliases.computeIfAbsent(to, t -> new TreeMap<>()).put(id, own);
                }
            }
        }
        return aliases;
    }

    private static List<Integer> levels(List<Heading> headings) {
        return headings.stream().map(Heading::level).toList();
    }
}
