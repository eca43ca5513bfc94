package dev.playbook.safety;

import java.util.Objects;

/**
 * Something the sanitizer took out of (or changed in) a piece of HTML, and why.
 *
 * @param offset where the element or attribute starts in the HTML that was scanned (0-based), or
 *               -1 when the HTML was parsed without positions
 * @param what   the element or attribute, as an editor would look for it: {@code <iframe>},
 *               {@code onclick on <a>}
 * @param reason why it cannot stay, and what to do instead
 */
public record Removal(int offset, String what, String reason) {

    public Removal {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
        if (offset < -1) {
            throw new IllegalArgumentException("offset " + offset);
        }
    }

    /** {@code <iframe> removed: embedded frames can run script; link to the page instead}. */
    public String message() {
        return what + " " + reason;
    }
}
