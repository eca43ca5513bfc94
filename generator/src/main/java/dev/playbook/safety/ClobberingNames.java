package dev.playbook.safety;

import java.util.Optional;

/**
 * Ids and names that would let content shadow what the theme's scripts read (DOM clobbering). An
 * element's id becomes a property of {@code window} only where no real property of that name exists,
 * so the names at risk are the globals scripts define late and test first: the theme's own, which all
 * are identifiers starting with {@code playbook} ({@code window.PlaybookSearch || ...}). Names on {@code img}, {@code form},
 * {@code embed}, {@code object} and {@code iframe} shadow {@code document}'s own properties
 * ({@code <img name="cookie">}); the safelist allows {@code name} on {@code a} only, which does not.
 * So, unlike DOMPurify's SANITIZE_DOM, ordinary words stay usable as heading ids ({@code #title},
 * {@code #links}), which documentation needs.
 */
final class ClobberingNames {

    /** A name a script can reach as {@code window.name}, starting as the theme's globals do. */
    private static final java.util.regex.Pattern THEME_GLOBAL = java.util.regex.Pattern.compile("^playbook[A-Za-z0-9_$]*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private ClobberingNames() {
    }

    static Optional<String> problem(String value) {
        if (value.isBlank()) {
            return Optional.of("removed: it is empty");
        }
        if (THEME_GLOBAL.matcher(value).matches()) {
            return Optional.of("removed (\"" + value + "\"): names starting with \"playbook\" belong to the theme's "
                    + "scripts, which content must not shadow; choose another");
        }
        return Optional.empty();
    }
}
