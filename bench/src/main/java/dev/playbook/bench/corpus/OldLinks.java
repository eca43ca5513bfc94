package dev.playbook.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Links that no longer resolve, of the kinds a real handbook collects after a migration: to a page
 * that was deleted, to a page under a misspelt name, to a page in the section it used to be in, in
 * the old generator's pretty form ({@code ../section/slug/}), and to a heading that was renamed.
 * All but the first are near a real page, so "did you mean" has work to do.
 */
final class OldLinks {
    static final int PER_PAGE = 5;

    private final List<String> pages;
    private final int sections;

    /** {@code pages}: the source paths of the pages ({@code sec-NNNN/name.md}), sorted. */
    OldLinks(List<String> pages, int sections) {
        this.pages = List.copyOf(pages);
        this.sections = sections;
    }

    /** The "Older notes" paragraph of the {@code index}-th page, with {@link #PER_PAGE} links from its section folder. */
    String paragraph(int index, Random random) {
        StringBuilder out = new StringBuilder("\n## Older notes\n\n");
        out.append(String.format(Locale.ROOT, "See [the old guide](../legacy/old-guide-%d.md), ", index));
        out.append("[the first version](../").append(misspelt(other(random), random)).append("), ");
        String moved = other(random);
        int section = Integer.parseInt(moved.substring(4, 8));
        int elsewhere = sections > 1 ? (section + 1 + random.nextInt(sections - 1)) % sections : sections;
        out.append(String.format(Locale.ROOT, "[the older copy](../sec-%04d/", elsewhere))
                .append(moved.substring(9)).append(") when it was elsewhere, ");
        String pretty = other(random);
        out.append("[the first draft](../").append(pretty, 0, pretty.length() - 3 - ID_SUFFIX).append("/) as the old site had it, ");
        out.append("and [the old heading](../").append(other(random)).append("#how-it-was-").append(index).append(")");
        return out.append(" for the process before the migration.\n\n").toString();
    }

    private String other(Random random) {
        return pages.get(random.nextInt(pages.size()));
    }

    /**
     * The path with two neighbouring letters of its title swapped, or one dropped: a typo. The
     * page's number ({@code -0003-22}) is left alone, so the typo never names another page.
     */
    static String misspelt(String path, Random random) {
        int start = path.lastIndexOf('/') + 1;
        int end = path.length() - 3 - ID_SUFFIX;
        int at = start + random.nextInt(Math.max(1, end - start - 1));
        if (random.nextBoolean() && path.charAt(at) != path.charAt(at + 1)) {
            return path.substring(0, at) + path.charAt(at + 1) + path.charAt(at) + path.substring(at + 2);
        }
        return path.substring(0, at) + path.substring(at + 1);
    }

    /** The number every page id ends with, {@code -0003-22}. */
    private static final int ID_SUFFIX = 8;
}
