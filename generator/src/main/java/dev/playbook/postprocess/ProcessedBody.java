package dev.playbook.postprocess;

import dev.playbook.model.Heading;
import dev.playbook.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A page body after post-processing: the HTML to publish, its headings (for the table of contents
 * and anchor checks), its sections (for search) and a plain-text excerpt (for listings when a page has no summary).
 */
public record ProcessedBody(String html, List<Heading> headings, List<Section> sections, String excerpt) {

    public ProcessedBody {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** Knows which page the transforms work on, and collects what they learn while they run. */
    static final class Builder {
        /** The page's output path (links the transforms add are relative to it) and id. */
        final String url;
        final String pageId;
        final List<Heading> headings = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        String excerpt = "";

        Builder(String url, String pageId) {
            this.url = url;
            this.pageId = pageId;
        }
    }
}
