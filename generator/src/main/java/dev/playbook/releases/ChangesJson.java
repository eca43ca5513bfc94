package dev.playbook.releases;

import dev.playbook.model.ReleaseNotes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The release notes in machine-readable form ({@code changes.json}), fields in a fixed order. */
final class ChangesJson {

    private ChangesJson() {
    }

    static String of(ReleaseNotes notes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("release", notes.release());
        json.put("previous", notes.previous().orElse(null));
        json.put("added", notes.added().stream().map(ChangesJson::page).toList());
        json.put("removed", notes.removed().stream().map(ChangesJson::page).toList());
        json.put("renamed", notes.renamed().stream().map(r -> map("id", r.id(), "title", r.title(), "from", r.from(),
                "to", r.to())).toList());
        json.put("changed", notes.changed().stream().map(c -> map("id", c.id(), "title", c.title(), "path", c.url(),
                "sections", c.sections().stream().map(s -> map("anchor", s.anchor(), "heading", s.heading(),
                        "change", s.kind().name().toLowerCase(Locale.ROOT),
                        "diff", s.words().stream().map(w -> map("kind", w.kind().name().toLowerCase(Locale.ROOT),
                                "text", w.text())).toList())).toList())).toList());
        json.put("limits", notes.limits().stream().map(l -> map("page", l.pageId(), "role", l.role(), "roleTitle",
                l.roleTitle(), "extra", l.extra(), "before", l.before().orElse(null), "after", l.after().orElse(null))).toList());
        json.put("newStories", notes.newStories().stream().map(ChangesJson::page).toList());
        json.put("questions", notes.questions().stream().map(q -> map("course", q.course(), "module", q.module(), "id", q.id(),
                "situation", q.situation(), "path", q.url(), "before", q.before(), "after", q.after(),
                "fromLimits", q.fromLimits())).toList());
        return Json.pretty(json);
    }

    private static Map<String, Object> page(ReleaseNotes.PageRef page) {
        return map("id", page.id(), "title", page.title(), "path", page.url(), "type", page.type());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
