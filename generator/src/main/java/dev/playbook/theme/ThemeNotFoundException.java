package dev.playbook.theme;

/** A {@code --theme} that names no folder: a usage error, not a content error. */
public final class ThemeNotFoundException extends Exception {
    public ThemeNotFoundException(String message) {
        super(message);
    }
}
