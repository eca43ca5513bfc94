package dev.playbook.render;

import dev.playbook.model.OutLink;

import java.util.List;
import java.util.Objects;

/** A page body rendered to an HTML fragment, with the links it makes and its word count. */
public record RenderedBody(String html, List<OutLink> links, int words) {
    public RenderedBody {
        Objects.requireNonNull(html, "html");
        links = List.copyOf(links);
    }
}
