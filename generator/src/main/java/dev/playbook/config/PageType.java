package dev.playbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A kind of page a playbook is made of. The navigation groups pages by type, in this order.
 *
 * @param folder the top-level source folder whose pages default to this type, e.g. {@code standards}
 */
public record PageType(String id, String title, String plural, String folder) {

    public static final String GUIDE = "guide";

    /** The service-playbook types: what the initiative is for, how to act, the limits, the examples. */
    public static final List<PageType> DEFAULTS = List.of(
            new PageType("vision", "Vision", "Vision", "vision"),
            new PageType("standard", "Standard", "Standards", "standards"),
            new PageType("parameter", "Parameter", "Limits on extras", "parameters"),
            new PageType("story", "Story", "Stories", "stories"),
            new PageType(GUIDE, "Guide", "Guides", "guides"));

    public PageType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(folder, "folder");
    }
}
