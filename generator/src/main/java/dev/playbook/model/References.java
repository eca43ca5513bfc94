package dev.playbook.model;

import dev.playbook.config.PageType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who refers to whom: links in bodies, {@code related} and {@code illustrates}. It gives every page
 * its "Referenced by" list and every standard its stories, and it is the record of which pages'
 * output depends on which other pages.
 */
public final class References {

    private final Map<String, List<String>> referencedBy;
    private final Map<String, List<String>> storiesFor;

    private References(Map<String, List<String>> referencedBy, Map<String, List<String>> storiesFor) {
        this.referencedBy = referencedBy;
        this.storiesFor = storiesFor;
    }

    public static References of(Site site, Function<String, PageContent> contents) {
        Map<String, Set<String>> by = new HashMap<>();
        Map<String, Set<String>> stories = new HashMap<>();
        for (Page page : site.readingOrder()) {
            Set<String> targets = new LinkedHashSet<>();
            PageContent content = contents.apply(page.id());
            if (content != null) {
                content.links().forEach(link -> targets.add(link.toId()));
            }
            targets.addAll(page.data().related());
            targets.addAll(page.data().illustrates());
            targets.remove(page.id());
            for (String target : targets) {
                if (site.byId(target).isPresent()) {
                    by.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(page.id());
                }
            }
            if (page.type().is(PageType.STORY)) {
                for (String standard : page.data().illustrates()) {
                    stories.computeIfAbsent(standard, k -> new LinkedHashSet<>()).add(page.id());
                }
            }
        }
        return new References(freeze(by), freeze(stories));
    }

    /** Ids of the pages that refer to this one, in reading order. */
    public List<String> referencedBy(String id) {
        return referencedBy.getOrDefault(id, List.of());
    }

    /** Ids of the stories that illustrate this standard, in reading order. */
    public List<String> storiesFor(String standardId) {
        return storiesFor.getOrDefault(standardId, List.of());
    }

    private static Map<String, List<String>> freeze(Map<String, Set<String>> map) {
        Map<String, List<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(new ArrayList<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
