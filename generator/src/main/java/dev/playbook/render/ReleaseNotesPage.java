package dev.playbook.render;

import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.ChangedView;
import dev.playbook.render.Views.DiffPartView;
import dev.playbook.render.Views.LimitChangeView;
import dev.playbook.render.Views.EntryView;
import dev.playbook.render.Views.NotesView;
import dev.playbook.render.Views.RemovedView;
import dev.playbook.render.Views.RenamedView;
import dev.playbook.render.Views.SectionChangeView;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The release notes page of a release: its {@link ReleaseNotes} as views, hrefs relative to the page. */
public final class ReleaseNotesPage {

    public static final String URL = "release-notes.html";
    /** The machine-readable notes, beside the page. */
    public static final String CHANGES = "changes.json";

    private ReleaseNotesPage() {
    }

    public static GeneratedPages.Generated of(ViewBuilder views, ReleaseNotes notes) {
        String previous = notes.previous().orElse("");
        String title = views.localisation().text("releaseNotesTitle", notes.release());
        String summary = notes.previous().map(p -> views.localisation().text("releaseNotesSummary", p))
                .orElse(views.localisation().text("releaseNotesFirst"));
        Map<String, Object> model = views.model(URL, Optional.empty(), views.generatedView("release-notes", title, summary,
                "release-notes", "release-notes", URL, List.of(), List.of()));
        String previousRoot = "../" + UrlPaths.encodeSegment(previous) + "/";
        java.util.Set<String> changedIds = new java.util.HashSet<>();
        notes.changed().forEach(c -> changedIds.add(c.id()));
        model.put("notes", new NotesView(notes.release(), previous, notes.isEmpty(),
                notes.added().stream().map(p -> new EntryView(ReleaseNotes.anchorOf(p.id()), p.title(), href(p.url()))).toList(),
                notes.removed().stream().map(p -> new RemovedView(p.id(), p.title(), previousRoot + UrlPaths.encode(p.url())))
                        .toList(),
                notes.renamed().stream().map(r -> new RenamedView(changedIds.contains(r.id()) ? "" : ReleaseNotes.anchorOf(r.id()),
                        r.title(), href(r.to()), r.from(), r.to())).toList(),
                notes.changed().stream().map(ReleaseNotesPage::changed).toList(),
                notes.limits().stream().map(l -> new LimitChangeView(l.roleTitle(), l.extra(),
                        l.before().map(t -> amount(views, t)).orElse(""), l.after().map(t -> amount(views, t)).orElse(""),
                        l.url().isEmpty() ? null : href(l.url()), l.pageTitle())).toList(),
                notes.newStories().stream().map(p -> new EntryView("", p.title(), href(p.url()))).toList(),
                // One changes.json per release, beside the default language's notes.
                (views.localisation().primary() ? "" : "../") + CHANGES,
                notes.questions().stream().map(q -> new Views.QuestionChangeView(q.courseTitle(), q.module(), q.situation(),
                        href(q.url()), q.before(), q.after())).toList()));
        return new GeneratedPages.Generated(URL, "release-notes", model);
    }

    private static ChangedView changed(ReleaseNotes.ChangedPage page) {
        String href = href(page.url());
        return new ChangedView(ReleaseNotes.anchorOf(page.id()), page.title(), href, page.sections().stream().map(section -> new SectionChangeView(
                section.kind().name().toLowerCase(Locale.ROOT), section.heading(),
                section.kind() == ReleaseNotes.SectionChange.Kind.REMOVED ? null
                        : section.anchor().isEmpty() ? href : href + "#" + section.anchor(),
                section.words().stream().map(w -> new DiffPartView(w.kind().name().toLowerCase(Locale.ROOT), w.text()))
                        .toList())).toList());
    }

    /** An amount as the language writes it ({@code 35 USD} is {@code 35 US$} in Spanish); other text as it is. */
    private static String amount(ViewBuilder views, String text) {
        return dev.playbook.model.Amount.parse(text).map(views.localisation()::amount).orElse(text);
    }

    private static String href(String url) {
        return UrlPaths.relative(URL, url);
    }
}
