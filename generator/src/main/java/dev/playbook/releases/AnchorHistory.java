package dev.playbook.releases;

import dev.playbook.model.Heading;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Section;
import dev.playbook.model.Site;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the headings whose anchor changed since the previous release, so links to the old anchor
 * keep landing on the section. A page is the same page by id; a section that lost its anchor is
 * matched with a section that is new on the page when their words mostly agree (the heading was
 * reworded, the text kept), with a bonus for the same place and level. Anchors the previous release
 * kept for even older ones are carried forward, so a link survives any number of releases.
 */
final class AnchorHistory {

    /** How alike two sections must be (shared words over all words, plus the place bonus) to be one section. */
    static final double THRESHOLD = 0.5;
    static final double SAME_PLACE = 0.25;

    private AnchorHistory() {
    }

    /** By page id: old anchor to the current anchor of its section. */
    static Map<String, Map<String, String>> aliases(ReleaseSnapshot previous, Site site, Function<String, PageContent> contents) {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (Page page : site.pages()) {
            PageContent content = contents.apply(page.id());
            Optional<ReleaseSnapshot.PageSnapshot> was = previous.page(page.id());
            if (content == null || was.isEmpty()) {
                continue;
            }
            Map<String, String> aliases = aliases(was.get(), content);
            if (!aliases.isEmpty()) {
                all.put(page.id(), aliases);
            }
        }
        return all;
    }

    static Map<String, String> aliases(ReleaseSnapshot.PageSnapshot was, PageContent content) {
        Set<String> now = new HashSet<>();
        content.headings().stream().map(Heading::id).forEach(now::add);
        List<Section> before = anchored(was.sections());
        List<Section> after = anchored(content.sections());
        Set<String> oldAnchors = new HashSet<>();
        before.forEach(s -> oldAnchors.add(s.anchor()));
        Map<String, String> moved = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            Section gone = before.get(i);
            if (now.contains(gone.anchor())) {
                continue;
            }
            double best = THRESHOLD;
            String match = null;
            for (int j = 0; j < after.size(); j++) {
                Section candidate = after.get(j);
                if (oldAnchors.contains(candidate.anchor()) || taken.contains(candidate.anchor())) {
                    continue;
                }
                double score = similarity(gone, candidate) + (i == j && gone.level() == candidate.level() ? SAME_PLACE : 0);
                if (score >= best) {
                    best = score;
                    match = candidate.anchor();
                }
            }
            if (match != null) {
                taken.add(match);
                moved.put(gone.anchor(), match);
            }
        }
        Map<String, String> aliases = new TreeMap<>(moved);
        was.anchorAliases().forEach((old, target) -> {
            String current = now.contains(target) ? target : moved.get(target);
            if (current != null && !now.contains(old)) {
                aliases.putIfAbsent(old, current);
            }
        });
        return aliases;
    }

    private static List<Section> anchored(List<Section> sections) {
        return sections.stream().filter(s -> !s.anchor().isEmpty()).toList();
    }

    /** Shared words over all words of the two sections (heading and text), case-blind. */
    static double similarity(Section a, Section b) {
        Set<String> left = words(a.heading() + " " + a.text());
        Set<String> right = words(b.heading() + " " + b.text());
        if (left.isEmpty() && right.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return left.size() / (double) union.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
