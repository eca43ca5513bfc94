package dev.playbook.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of page a playbook is made of, as {@code playbook.yml} names it. Navigation groups pages
 * by type, in the configured order. An organisation can rename a type or add one; {@code base}
 * says which built-in behaviour (fields, checks) it follows.
 *
 * @param folder the top-level source folder whose pages default to this type, e.g. {@code standards}
 * @param base   one of {@link #BASES}
 */
public record PageType(String id, String title, String plural, String folder, String base) {

    public static final String VISION = "vision";
    public static final String STANDARD = "standard";
    public static final String PARAMETER = "parameter";
    public static final String STORY = "story";
    public static final String GUIDE = "guide";
    public static final Set<String> BASES = Set.of(VISION, STANDARD, PARAMETER, STORY, GUIDE);

    /** The service-playbook types: what the initiative is for, how to act, the limits, the examples. */
    public static final List<PageType> DEFAULTS = List.of(
            new PageType(VISION, "Vision", "Vision", "vision", VISION),
            new PageType(STANDARD, "Standard", "Standards", "standards", STANDARD),
            new PageType(PARAMETER, "Parameter", "Limits on extras", "parameters", PARAMETER),
            new PageType(STORY, "Story", "Stories", "stories", STORY),
            new PageType(GUIDE, "Guide", "Guides", "guides", GUIDE));

    public PageType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(folder, "folder");
        if (!BASES.contains(base)) {
            throw new IllegalArgumentException("unknown base type: " + base);
        }
    }

    public boolean is(String baseType) {
        return base.equals(baseType);
    }
}
