package dev.playbook.postprocess;

import dev.playbook.model.Heading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A page body after post-processing: the HTML to publish, its headings (for the table of contents
 * and anchor checks) and a plain-text excerpt (for listings when a page has no summary).
 */
public record ProcessedBody(String html, List<Heading> headings, String excerpt) {

    public ProcessedBody {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** Collects what the transforms learn while they run. */
    static final class Builder {
        final List<Heading> headings = new ArrayList<>();
        String excerpt = "";
    }
}
