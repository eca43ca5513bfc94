package dev.playbook.model;

/** Estimated reading time from a word count, the same for pages, course steps and the manifest. */
public final class ReadingTime {

    /** Words a reader gets through in a minute of careful reading. */
    public static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Whole minutes, at least one. */
    public static int minutes(int words) {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
