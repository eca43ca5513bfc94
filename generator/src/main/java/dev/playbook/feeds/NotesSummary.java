package dev.playbook.feeds;

import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;

import java.util.List;
import java.util.function.Function;

/** A release's notes as the HTML of its feed entry: the pages new, changed, moved and removed, and the limits changed. */
final class NotesSummary {

    private NotesSummary() {
    }

    static String html(ReleaseNotes notes, Site site) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(ReleaseEntries.summary(notes))).append("</p>");
        StringBuilder items = new StringBuilder();
        list(items, "New", notes.added(), p -> link(p.title(), p.url()));
        list(items, "Changed", notes.changed(), p -> link(p.title(), p.url()));
        list(items, "Moved", notes.renamed(), p -> link(p.title(), p.to()));
        list(items, "Removed", notes.removed(), p -> escape(p.title()));
        list(items, "Limits", notes.limits(), l -> escape(l.roleTitle() + ", " + l.extra() + ": "
                + l.before().orElse("none") + " \u2192 " + l.after().orElse("none")));
        if (!items.isEmpty()) {
            html.append("<ul>").append(items).append("</ul>");
        }
        html.append("<p>").append(link("Read the release notes", ReleaseEntries.NOTES)).append("</p>");
        return html.toString();
    }

    private static <T> void list(StringBuilder items, String label, List<T> entries, Function<T, String> show) {
        if (entries.isEmpty()) {
            return;
        }
        items.append("<li>").append(label).append(": ");
        for (int i = 0; i < entries.size(); i++) {
            items.append(i > 0 ? ", " : "").append(show.apply(entries.get(i)));
        }
        items.append("</li>");
    }

    private static String link(String text, String path) {
        return "<a href=\"" + escape(ReleaseEntries.href(path)) + "\">" + escape(text) + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
