package dev.playbook.index;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The head of a term's postings: the order Lucene ranks a one-term query, however long the postings. */
class TermImpactsTest {

    /** Every position, sorted by impact down and then position up: the order the head must follow. */
    private static int[] sortedWhole(int[] impacts) {
        return IntStream.range(0, impacts.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -impacts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theHeadIsTheFirstOfTheWholeOrderForShortAndLongPostingsWithManyTies() {
        Random random = new Random(15);
        for (int length : new int[] {0, 1, 5, 31, 32, 33, 64, 65, 100, 1_000, 20_000}) {
            for (int spread : new int[] {1, 3, 1_000_000}) {
                int[] sections = IntStream.range(0, length).map(i -> i * 3 + 1).toArray();
                int[] impacts = IntStream.range(0, length).map(i -> random.nextInt(spread)).toArray();
                TermImpacts term = new TermImpacts("word", sections, impacts);
                for (int n : new int[] {1, 8, 32}) {
                    int[] whole = sortedWhole(impacts);
                    int[] expected = java.util.Arrays.copyOf(whole, Math.min(n, whole.length));
                    assertArrayEquals(expected, term.top(n), "length " + length + ", spread " + spread + ", top " + n);
                }
            }
        }
    }
}
