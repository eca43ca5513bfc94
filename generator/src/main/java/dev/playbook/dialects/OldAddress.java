package dev.playbook.dialects;

import dev.playbook.diag.SourcePosition;

import java.util.Objects;

/**
 * An address a page declared in its front matter, as the old site served it.
 *
 * @param path     the address from the site's root, without the leading {@code /}, as written
 *                 otherwise ({@code support/on-call/}, {@code old.html}, {@code ""} for the root)
 * @param field    the front-matter field it comes from ({@code permalink}, {@code url}, {@code slug},
 *                 {@code aliases}, {@code redirect_from}, {@code id})
 * @param at       where the value is written
 * @param redirect whether the old address gets a redirect page (every field but {@code id})
 */
public record OldAddress(String path, String field, SourcePosition at, boolean redirect) {

    public OldAddress {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the field says "this page used to be there" in so many words: a clash is then an error, not a warning. */
    public boolean listed() {
        return field.equals("aliases") || field.equals("redirect_from");
    }
}
