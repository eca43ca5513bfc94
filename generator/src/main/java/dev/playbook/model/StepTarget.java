package dev.playbook.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a course step leads: a page of the playbook, or a generated reference page that a course may
 * name by id ({@code authority}, the authority matrix; {@code glossary}). A page with that id wins.
 *
 * @param page  the page, when the step names one
 * @param url   the output path inside the release
 * @param title the page's title
 */
public record StepTarget(Optional<Page> page, String id, String url, String title) {

    public static final String AUTHORITY = "authority";
    public static final String AUTHORITY_URL = "authority.html";
    public static final String GLOSSARY = "glossary";

    public StepTarget {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }

    /** The step's target in this site, if it exists. */
    public static Optional<StepTarget> of(Site site, String id) {
        Optional<Page> page = site.byId(id);
        if (page.isPresent()) {
            return Optional.of(new StepTarget(page, id, page.get().url(), page.get().title()));
        }
        if (id.equals(AUTHORITY) && site.pages().stream().anyMatch(p -> !p.data().limits().isEmpty())) {
            return Optional.of(new StepTarget(Optional.empty(), id, AUTHORITY_URL, "Authority matrix"));
        }
        if (id.equals(GLOSSARY) && !site.glossary().isEmpty()) {
            return Optional.of(new StepTarget(Optional.empty(), id, Glossary.URL, "Glossary"));
        }
        return Optional.empty();
    }
}
