package dev.playbook.dialects;

import dev.playbook.diag.SourcePosition;

import java.util.Objects;

/**
 * One construct of another generator met in a page: what kind it is ({@link #CALLOUT},
 * {@link #INCLUDE}...), where it starts, and whether Playbook rendered it or kept it as text.
 * A migration report counts them; the build itself does not need them.
 */
public record Conversion(String kind, SourcePosition at, boolean rendered) {

    public static final String CALLOUT = "callout";
    public static final String DISCLOSURE = "disclosure";
    public static final String TAB = "tab";
    public static final String TABS = "tabs";
    public static final String CODE = "code block";
    public static final String MERMAID = "mermaid";
    public static final String INCLUDE = "include";
    public static final String EMBED = "embed";
    public static final String LINK_TAG = "link tag";
    public static final String RAW = "raw block";
    public static final String CONTAINER = "container";
    public static final String PAIRED_TAG = "paired tag";

    public Conversion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    static Conversion rendered(String kind, SourcePosition at) {
        return new Conversion(kind, at, true);
    }

    static Conversion keptAsText(String kind, SourcePosition at) {
        return new Conversion(kind, at, false);
    }
}
