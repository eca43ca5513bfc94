package dev.playbook.bench.corpus;

import java.util.List;

/** The planned pages of a corpus in writing order (home, then each section page followed by its pages). */
record CorpusPlan(List<PagePlan> pages, List<PagePlan> standards, int sections) {
    CorpusPlan {
        pages = List.copyOf(pages);
        standards = List.copyOf(standards);
    }

    int size() {
        return pages.size();
    }

    /** Index of the section's {@code _index.md}; the section's pages follow it. */
    int sectionStart(int section) {
        return 1 + section * CorpusPlanner.PAGES_PER_SECTION;
    }

    /** Index one past the section's last page. */
    int sectionEnd(int section) {
        return Math.min(sectionStart(section + 1), pages.size());
    }
}
