package dev.playbook.releases;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders release names as people read them: runs of digits compare as numbers, so 2026.2 comes
 * before 2026.10; the newest release is the last. Names that differ only in leading zeros fall
 * back to plain text order, so the order is total.
 */
final class ReleaseOrder implements Comparator<String> {

    static final ReleaseOrder OLDEST_FIRST = new ReleaseOrder();

    private ReleaseOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = chunkEnd(a, i);
            int endB = chunkEnd(b, j);
            boolean digitsA = Character.isDigit(a.charAt(i));
            boolean digitsB = Character.isDigit(b.charAt(j));
            int order;
            if (digitsA && digitsB) {
                order = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
            } else if (digitsA != digitsB) {
                order = digitsA ? -1 : 1;
            } else {
                order = a.substring(i, endA).compareTo(b.substring(j, endB));
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        int length = Integer.compare(a.length() - i, b.length() - j);
        return length != 0 ? length : a.compareTo(b);
    }

    private static int chunkEnd(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }
}
