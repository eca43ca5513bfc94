package dev.playbook.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Page ids: stable names that links and permalinks use; lowercase letters, digits and hyphens. */
public final class Ids {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    /** A fast check for the common case, a name that already is a valid id. */
    private static boolean isPlainSlug(String name) {
        if (name.isEmpty() || name.length() > 128 || name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && name.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(String id) {
        return id.length() <= 128 && VALID.matcher(id).matches();
    }

    /** A valid id made from any name: {@code "Own the Problem!"} gives {@code own-the-problem}. */
    public static String slug(String name) {
        if (isPlainSlug(name)) {
            return name;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(ascii.length());
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String slug = out.length() > 128 ? out.substring(0, 128).replaceAll("-+$", "") : out.toString();
        return slug.isEmpty() ? "page" : slug;
    }

    /**
     * The anchor GitHub, GitBook, Docusaurus, Hugo and kramdown give a heading: lower case, every
     * character but letters, digits, {@code -}, {@code _} and spaces dropped, each space a
     * {@code -}, so {@code Tests & Tasks} is {@code tests--tasks} (Playbook's own anchor keeps
     * one dash). Links into imported handbooks are written with these.
     */
    public static String githubSlug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                out.appendCodePoint(Character.toLowerCase(c));
            } else if (c == ' ') {
                out.append('-');
            }
        }
        return out.toString();
    }
}
