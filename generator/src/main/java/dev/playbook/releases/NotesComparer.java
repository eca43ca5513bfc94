package dev.playbook.releases;

import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.ReleaseNotes.ChangedPage;
import dev.playbook.model.ReleaseNotes.DiffPart;
import dev.playbook.model.ReleaseNotes.LimitChange;
import dev.playbook.model.ReleaseNotes.PageRef;
import dev.playbook.model.ReleaseNotes.Renamed;
import dev.playbook.model.ReleaseNotes.SectionChange;
import dev.playbook.model.Section;
import dev.playbook.releases.ReleaseSnapshot.LimitSnapshot;
import dev.playbook.releases.ReleaseSnapshot.PageSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two releases page by page, matching pages by id: pages added, removed and renamed;
 * pages whose sections changed, with a word diff of each; limits whose amounts changed; new stories.
 */
final class NotesComparer {

    private NotesComparer() {
    }

    static ReleaseNotes compare(ReleaseSnapshot before, ReleaseSnapshot after) {
        Map<String, PageSnapshot> old = byId(before);
        Map<String, PageSnapshot> now = byId(after);
        List<PageRef> added = new ArrayList<>();
        List<PageRef> removed = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<ChangedPage> changed = new ArrayList<>();
        List<PageRef> stories = new ArrayList<>();
        for (PageSnapshot page : after.pages()) {
            PageSnapshot was = old.get(page.id());
            if (was == null) {
                added.add(ref(page));
                if (page.story()) {
                    stories.add(ref(page));
                }
                continue;
            }
            if (!was.url().equals(page.url())) {
                renamed.add(new Renamed(page.id(), page.title(), was.url(), page.url()));
            }
            List<SectionChange> sections = sectionChanges(was, page);
            if (!sections.isEmpty()) {
                changed.add(new ChangedPage(page.id(), page.title(), page.url(), sections));
            }
        }
        for (PageSnapshot page : before.pages()) {
            if (!now.containsKey(page.id())) {
                removed.add(ref(page));
            }
        }
        return new ReleaseNotes(after.release(), Optional.of(before.release()), added, removed, renamed, changed,
                limitChanges(before, after), stories, questionChanges(before, after));
    }

    /** Questions in both releases whose right answers differ, in the order of the newer release. */
    private static List<ReleaseNotes.QuestionChange> questionChanges(ReleaseSnapshot before, ReleaseSnapshot after) {
        Map<String, ReleaseSnapshot.QuestionSnapshot> old = new LinkedHashMap<>();
        before.questions().forEach(q -> old.putIfAbsent(q.key(), q));
        List<ReleaseNotes.QuestionChange> changes = new ArrayList<>();
        for (ReleaseSnapshot.QuestionSnapshot question : after.questions()) {
            ReleaseSnapshot.QuestionSnapshot was = old.get(question.key());
            if (was != null && !was.answer().equals(question.answer())) {
                changes.add(new ReleaseNotes.QuestionChange(question.course(), question.courseTitle(), question.module(),
                        question.id(), question.situation(), question.url(), was.answer(), question.answer(), question.fromLimits()));
            }
        }
        return changes;
    }

    private static List<SectionChange> sectionChanges(PageSnapshot was, PageSnapshot page) {
        List<SectionChange> changes = new ArrayList<>();
        if (!was.title().equals(page.title())) {
            changes.add(new SectionChange("", "Title", SectionChange.Kind.CHANGED, WordDiff.of(was.title(), page.title())));
        }
        Map<String, Section> old = new LinkedHashMap<>();
        was.sections().forEach(s -> old.putIfAbsent(s.anchor(), s));
        Map<String, Section> now = new LinkedHashMap<>();
        page.sections().forEach(s -> now.putIfAbsent(s.anchor(), s));
        for (Section section : now.values()) {
            Section before = old.get(section.anchor());
            if (before == null) {
                changes.add(new SectionChange(section.anchor(), section.heading(), SectionChange.Kind.ADDED,
                        List.of(new DiffPart(DiffPart.Kind.ADDED, section.text().strip()))));
            } else if (!before.text().equals(section.text()) || !before.heading().equals(section.heading())) {
                changes.add(new SectionChange(section.anchor(), section.heading(), SectionChange.Kind.CHANGED,
                        WordDiff.of(before.heading() + " " + before.text(), section.heading() + " " + section.text())));
            }
        }
        for (Section section : old.values()) {
            if (!now.containsKey(section.anchor())) {
                changes.add(new SectionChange(section.anchor(), section.heading(), SectionChange.Kind.REMOVED,
                        List.of(new DiffPart(DiffPart.Kind.REMOVED, section.text().strip()))));
            }
        }
        return changes;
    }

    /** Limits grouped by role and extra across the release, so a limit that moves page is not a change. */
    private static List<LimitChange> limitChanges(ReleaseSnapshot before, ReleaseSnapshot after) {
        Map<String, Group> old = limits(before);
        Map<String, Group> now = limits(after);
        List<LimitChange> changes = new ArrayList<>();
        now.forEach((key, group) -> {
            Group was = old.get(key);
            if (was == null || !was.text().equals(group.text())) {
                changes.add(group.change(was == null ? Optional.empty() : Optional.of(was.text()), Optional.of(group.text())));
            }
        });
        Map<String, PageSnapshot> pages = byId(after);
        old.forEach((key, group) -> {
            if (!now.containsKey(key)) {
                // The limit is gone; its page may be too, and then there is nothing in this release to link to.
                String url = Optional.ofNullable(pages.get(group.page().id())).map(PageSnapshot::url).orElse("");
                LimitChange gone = group.change(Optional.of(group.text()), Optional.empty());
                changes.add(new LimitChange(gone.pageId(), gone.pageTitle(), url, gone.role(), gone.roleTitle(), gone.extra(),
                        gone.before(), gone.after()));
            }
        });
        return changes;
    }

    private static Map<String, Group> limits(ReleaseSnapshot release) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (PageSnapshot page : release.pages()) {
            for (LimitSnapshot limit : page.limits()) {
                String key = limit.role() + "\u0000" + limit.extra().strip().toLowerCase(Locale.ROOT);
                groups.computeIfAbsent(key, k -> new Group(page, limit, new ArrayList<>())).limits().add(limit);
            }
        }
        return groups;
    }

    /** Every limit of one role on one extra in a release, and the page of the first. */
    private record Group(PageSnapshot page, LimitSnapshot first, List<LimitSnapshot> limits) {
        String text() {
            List<String> parts = new ArrayList<>();
            for (LimitSnapshot limit : limits) {
                parts.add("up to " + limit.upTo()
                        + (limit.effective().isEmpty() ? "" : " from " + limit.effective())
                        + (limit.until().isEmpty() ? "" : " until " + limit.until()));
            }
            return String.join("; ", parts);
        }

        LimitChange change(Optional<String> before, Optional<String> after) {
            return new LimitChange(page.id(), page.title(), page.url(), first.role(), first.roleTitle(), first.extra(),
                    before, after);
        }
    }

    private static Map<String, PageSnapshot> byId(ReleaseSnapshot release) {
        Map<String, PageSnapshot> pages = new LinkedHashMap<>();
        release.pages().forEach(p -> pages.put(p.id(), p));
        return pages;
    }

    private static PageRef ref(PageSnapshot page) {
        return new PageRef(page.id(), page.title(), page.url(), page.type());
    }
}
