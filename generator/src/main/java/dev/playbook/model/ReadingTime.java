package dev.playbook.model;

/** Words and estimated reading time, counted the same way for pages, course steps and the manifest. */
public final class ReadingTime {

    /** Words a reader gets through in a minute of careful reading. */
    public static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Whole minutes, at least one. */
    public static int minutes(int words) {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** The words of a text: runs of letters and digits. */
    public static int words(CharSequence text) {
        return words(text.toString(), 0, text.length());
    }

    /**
     * The words of {@code text} from {@code from} (inclusive) to {@code to} (exclusive). A string,
     * whose characters the JIT reads without a call each.
     */
    public static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
