package dev.playbook.bench.corpus;

import java.util.Locale;

/** GitHub-style slugs, used both for heading anchors and for file names derived from titles. */
public final class Slug {
    private Slug() {
    }

    /** Lowercases, keeps letters, digits, hyphens and underscores, turns each space into a hyphen, drops the rest. */
    public static String of(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }
}
