package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the layer above a build adds to one release once its pages are modelled and rendered, and
 * before they are laid out: release notes for the templates, and extra files for the output
 * (data files, redirect pages). The build stays one pipeline; a set of releases runs it once each.
 */
public interface ReleaseStep {

    /** A build of a site on its own, not one release among others: no notes, no extra files. */
    ReleaseStep NONE = release -> new ReleaseExtras(Optional.empty(), Map.of());

    ReleaseExtras prepare(Release release);

    /** When each source file last changed, for the pages' "Last updated" (none: no dates). */
    default dev.playbook.model.PageHistory history() {
        return dev.playbook.model.PageHistory.NONE;
    }

    /**
     * Opens the writer of the release's folder. A release among others is published with them
     * (see {@link dev.playbook.write.Publication}); a site on its own publishes at its commit.
     */
    default dev.playbook.write.SiteWriter openWriter(java.nio.file.Path out) throws java.io.IOException {
        return dev.playbook.write.SiteWriter.open(out);
    }

    /**
     * One release as the build sees it.
     *
     * @param generatedUrls the pages the build generates (listings, tags, reference pages)
     * @param problems      where content problems go (e.g. an alias that clashes)
     * @param date          the day limits are judged on (and so the answers of knowledge checks built on them)
     */
    record Release(Site site, Function<String, PageContent> contents, Set<String> generatedUrls, Problems problems,
                   java.time.LocalDate date) { }

    /**
     * What a release adds: notes (present when the site is one release among others, which turns
     * on the release notes page, the version switcher and the download link), files by output path,
     * and, by page id, the old anchors of headings whose anchor changed since earlier releases
     * (old anchor to current anchor), which the page keeps working. Late files are made only when
     * needed: no page shows them, so a build that puts pages first keeps their published copies
     * (see {@link Build#stage(BuildOptions, ReleaseStep, BuildCache, boolean)}).
     */
    record ReleaseExtras(Optional<dev.playbook.model.ReleaseNotes> notes, Map<String, byte[]> files,
                         Map<String, java.util.function.Supplier<byte[]>> lateFiles,
                         Map<String, Map<String, String>> anchorAliases) {
        public ReleaseExtras {
            java.util.Objects.requireNonNull(notes, "notes");
            files = Map.copyOf(files);
            lateFiles = Map.copyOf(lateFiles);
            anchorAliases = Map.copyOf(anchorAliases);
        }

        public ReleaseExtras(Optional<dev.playbook.model.ReleaseNotes> notes, Map<String, byte[]> files) {
            this(notes, files, Map.of(), Map.of());
        }
    }
}
