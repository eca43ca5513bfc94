package dev.playbook.index;

/**
 * Non-negative integers as short strings for the browser: base-32 digits, least significant
 * first, written with a 64-character alphabet whose upper half marks "more digits follow". Safe
 * inside a JSON string, and about half the size of decimal numbers with commas. The client's
 * {@code decode} in search/engine.js reads the same alphabet.
 */
final class CompactInts {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private final StringBuilder out = new StringBuilder();

    CompactInts add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt(v));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Reads back what {@link #add} wrote (tests, and anything that checks an export). */
    static int[] decode(String text) {
        int[] values = new int[text.length()];
        int count = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a compact integer digit: " + text.charAt(i));
            }
            if (digit >= 32) {
                value |= (digit - 32) << shift;
                shift += 5;
            } else {
                values[count++] = value | (digit << shift);
                value = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
