package dev.playbook.model;

import dev.playbook.config.SiteConfig;
import dev.playbook.diag.Problem;
import dev.playbook.load.SourceFile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages modelled from source files before, for a process that models the same playbook again
 * and again (the dev server). A page is a function of its source file, the config and whether
 * drafts are included: an entry is reused for the same source file object, and the whole cache
 * is dropped when the config or the draft setting changes.
 */
public final class PageCache {

    /** One source file's page (absent for a draft left out, or a path that cannot be published) and its problems. */
    record Entry(Optional<Page> page, List<Problem> problems) { }

    private Map<SourceFile, Entry> entries = new IdentityHashMap<>();
    private Optional<SiteConfig> config = Optional.empty();
    private boolean includeDrafts;

    synchronized Map<SourceFile, Entry> entriesFor(SiteConfig config, boolean includeDrafts) {
        if (!this.config.equals(Optional.of(config)) || this.includeDrafts != includeDrafts) {
            entries = new IdentityHashMap<>();
            this.config = Optional.of(config);
            this.includeDrafts = includeDrafts;
        }
        return entries;
    }

    synchronized void replace(Map<SourceFile, Entry> current) {
        entries = current;
    }
}
