package dev.playbook.render;

import dev.playbook.config.PageType;
import dev.playbook.model.Ids;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.render.Views.FilterView;
import dev.playbook.render.Views.OptionView;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The filters a listing offers: by tag, and for stories by the standard they illustrate. */
final class Filters {

    private Filters() {
    }

    static List<FilterView> of(Site site, List<Page> pages) {
        List<FilterView> filters = new ArrayList<>();
        TreeSet<String> standards = new TreeSet<>();
        TreeSet<String> tags = new TreeSet<>();
        for (Page page : pages) {
            standards.addAll(page.data().illustrates());
            tags.addAll(page.tags());
        }
        if (!standards.isEmpty()) {
            // The standards named, in reading order (looked up by id: a listing may name few of many pages).
            List<Page> named = new ArrayList<>();
            for (String id : standards) {
                site.byId(id).filter(page -> page.type().is(PageType.STANDARD)).ifPresent(named::add);
            }
            named.sort(java.util.Comparator.comparingInt(site::readingPosition));
            List<OptionView> options = new ArrayList<>();
            for (Page page : named) {
                options.add(new OptionView(page.id(), page.title()));
            }
            filters.add(new FilterView("standards", "Standard", options));
        }
        if (tags.size() > 1) {
            filters.add(new FilterView("tags", "Tag", tags.stream().map(t -> new OptionView(Ids.slug(t), t)).toList()));
        }
        return filters;
    }
}
