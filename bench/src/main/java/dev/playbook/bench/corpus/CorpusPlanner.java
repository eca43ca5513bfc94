package dev.playbook.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Decides every page's place, type, title and headings before any page is written, so links can be checked. */
final class CorpusPlanner {
    static final int PAGES_PER_SECTION = 100;

    CorpusPlan plan(int pageCount, long seed) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("a corpus needs at least 1 page, got " + pageCount);
        }
        int sections = (pageCount - 1 + PAGES_PER_SECTION - 1) / PAGES_PER_SECTION;
        PageType[] types = types(pageCount, seed);
        List<PagePlan> pages = new ArrayList<>(pageCount);
        pages.add(page(0, "index", "index.md", Titles.HOME, PageType.GUIDE, -1, 0, seed));
        for (int section = 0; section < sections; section++) {
            String folder = String.format(Locale.ROOT, "sec-%04d", section);
            int start = 1 + section * PAGES_PER_SECTION;
            int end = Math.min(start + PAGES_PER_SECTION, pageCount);
            pages.add(page(start, "_index", folder + "/_index.md", sectionTitle(section), PageType.GUIDE,
                    section, 0, seed));
            for (int index = start + 1; index < end; index++) {
                int number = index - start;
                String title = title(types[index], PageRandom.TITLE.of(seed, index));
                String id = Slug.of(title) + String.format(Locale.ROOT, "-%04d-%02d", section, number);
                pages.add(page(index, id, folder + "/" + id + ".md", title, types[index], section, number, seed));
            }
        }
        List<PagePlan> standards = pages.stream().filter(p -> p.type() == PageType.STANDARD).toList();
        return new CorpusPlan(pages, standards, sections);
    }

    /** Leaf pages get ~10% standard, ~5% parameter, ~25% story; the first leaf is the one vision page. */
    private static PageType[] types(int pageCount, long seed) {
        PageType[] types = new PageType[pageCount];
        boolean anyStandard = false;
        for (int index = 0; index < pageCount; index++) {
            boolean leaf = index > 0 && (index - 1) % PAGES_PER_SECTION != 0;
            double draw = PageRandom.TYPE.of(seed, index).nextDouble();
            types[index] = !leaf ? PageType.GUIDE
                    : draw < 0.10 ? PageType.STANDARD
                    : draw < 0.15 ? PageType.PARAMETER
                    : draw < 0.40 ? PageType.STORY
                    : PageType.GUIDE;
            anyStandard |= types[index] == PageType.STANDARD;
        }
        if (pageCount > 2) {
            types[2] = PageType.VISION;
        }
        if (!anyStandard) {
            // A story must illustrate a standard; a corpus too small to have one gets guides instead.
            for (int index = 0; index < pageCount; index++) {
                if (types[index] == PageType.STORY) {
                    types[index] = PageType.GUIDE;
                }
            }
        }
        return types;
    }

    private static PagePlan page(int index, String id, String path, String title, PageType type, int section,
                                 int number, long seed) {
        Random random = PageRandom.PLAN.of(seed, index);
        List<Heading> headings = headings(type, random);
        List<String> tags = distinct(Titles.TAGS, 1 + random.nextInt(3), random, new HashSet<>());
        int weight = number > 0 ? number * 10 : section + 1;
        return new PagePlan(index, id, path, title, type, section, number, headings, tags, weight);
    }

    private static String sectionTitle(int section) {
        String area = Titles.AREAS.get(section % Titles.AREAS.size());
        int part = section / Titles.AREAS.size();
        return part == 0 ? area : area + ", part " + (part + 1);
    }

    private static String title(PageType type, Random random) {
        return switch (type) {
            case VISION -> Titles.VISION;
            case STANDARD -> ProseWriter.pick(Titles.STANDARD, random);
            case PARAMETER -> ProseWriter.pick(Titles.PARAMETER, random);
            case STORY -> ProseWriter.pick(Titles.STORY, random);
            case GUIDE -> {
                String topic = ProseWriter.pick(Titles.TOPICS, random);
                yield random.nextInt(5) < 2 ? topic + ProseWriter.pick(Titles.QUALIFIERS, random) : topic;
            }
        };
    }

    /** 3-6 H2 headings (the type's fixed ones among them, in order), a quarter of them followed by 1-2 H3s. */
    private static List<Heading> headings(PageType type, Random random) {
        List<String> fixed = Titles.fixedHeadings(type);
        int h2Count = Math.max(fixed.size(), 3 + random.nextInt(4));
        Set<String> taken = new HashSet<>(fixed);
        List<String> h2 = new ArrayList<>(fixed);
        for (String extra : distinct(Titles.H2, h2Count - fixed.size(), random, taken)) {
            h2.add(random.nextInt(h2.size() + 1), extra);
        }
        List<Heading> headings = new ArrayList<>();
        for (String text : h2) {
            headings.add(new Heading(2, text));
            if (random.nextInt(4) == 0) {
                for (String sub : distinct(Titles.H3, 1 + random.nextInt(2), random, taken)) {
                    headings.add(new Heading(3, sub));
                }
            }
        }
        return headings;
    }

    /** Draws {@code count} entries not yet in {@code taken}, adding them to it. */
    private static List<String> distinct(List<String> pool, int count, Random random, Set<String> taken) {
        List<String> drawn = new ArrayList<>(count);
        while (drawn.size() < count) {
            String candidate = ProseWriter.pick(pool, random);
            if (taken.add(candidate)) {
                drawn.add(candidate);
            }
        }
        return drawn;
    }
}
