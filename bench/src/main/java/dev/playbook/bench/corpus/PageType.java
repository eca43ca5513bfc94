package dev.playbook.bench.corpus;

import java.util.Locale;

/** The page types a playbook knows; the share of each in a synthetic corpus is set by {@link CorpusPlanner}. */
enum PageType {
    GUIDE, STANDARD, PARAMETER, STORY, VISION;

    /** The value written to the {@code type} front-matter field. */
    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
