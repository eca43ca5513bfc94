package dev.playbook.dialects;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code fences, inside which no dialect's syntax means anything. */
final class Fences {

    private static final Pattern OPENING = Pattern.compile("^[ \\t]*(`{3,}|~{3,})(.*)$");

    private Fences() {
    }

    /** The fence a line opens ({@code ```} or {@code ~~~~}), if it opens one. */
    static Optional<String> opening(String line) {
        Matcher m = OPENING.matcher(line);
        if (!m.matches() || m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** Whether a line closes the fence {@code marker} opened. */
    static boolean closes(String line, String marker) {
        String stripped = line.strip();
        if (stripped.length() < marker.length()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != marker.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
