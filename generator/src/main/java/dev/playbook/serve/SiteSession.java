package dev.playbook.serve;

import dev.playbook.build.BuildCache;
import dev.playbook.build.BuildOptions;
import dev.playbook.build.BuildReport;
import dev.playbook.diag.Problem;
import dev.playbook.releases.ReleaseBuild;
import dev.playbook.releases.ReleaseException;
import dev.playbook.releases.ReleasesReport;
import dev.playbook.theme.ThemeNotFoundException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playbook as the dev server keeps it between saves: one release built again and again into
 * the same output folder, through the same release build as {@code playbook build}, reusing what
 * the last build left (see {@link BuildCache}). Nothing is published while the playbook has
 * errors: the last good build stays in place.
 */
public final class SiteSession {

    private final BuildOptions options;
    private final BuildCache cache = new BuildCache();
    private final ReleaseBuild.Beside beside = new ReleaseBuild.Beside();
    /** The output folder's lock, held for the whole session so no other build writes what it serves. */
    private final Optional<dev.playbook.write.OutputLock> lock;

    /**
     * The outcome of one build.
     *
     * @param published whether the output folder now holds this build
     * @param problems  every problem, sorted
     * @param millis    wall time of the build
     * @param release   the release built (its folder in the output folder), when the config could be read
     * @param stageMillis wall time of each stage of the release's build
     */
    public record Outcome(boolean published, List<Problem> problems, long millis, Optional<String> release,
                          Map<String, Long> stageMillis) {
        public Outcome {
            problems = List.copyOf(problems);
            stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /** The release's stages, then the steps around it (the links beside the releases, the commits). */
    private static Map<String, Long> stages(ReleasesReport report) {
        Map<String, Long> stages = new java.util.LinkedHashMap<>();
        report.releases().stream().flatMap(r -> r.report().stream()).findFirst().ifPresent(r -> stages.putAll(r.stageMillis()));
        stages.putAll(report.stageMillis());
        return stages;
    }

    /** @param options what to build; {@code out} holds the release folders, as with {@code playbook build} */
    public SiteSession(BuildOptions options) {
        this(options, Optional.empty());
    }

    /** @param lock the output folder's lock, which the caller holds while the session lasts */
    public SiteSession(BuildOptions options, Optional<dev.playbook.write.OutputLock> lock) {
        this.options = options;
        this.lock = lock;
    }

    public BuildOptions options() {
        return options;
    }

    /** Source paths (relative to the source folder) a watcher saw change: read again at the next build. */
    public void changed(Collection<String> sourcePaths) {
        cache.forget(sourcePaths);
    }

    /** Every source file may have changed (the watcher lost track): all are read again at the next build. */
    public void changedAll() {
        cache.forgetAll();
    }

    /**
     * Builds and publishes what changed since the last build.
     *
     * @param pagesFirst keep the published search index and the release's late files, so pages are
     *                   out sooner; a later build without it brings them up to date
     */
    public Outcome build(boolean pagesFirst) throws ThemeNotFoundException, ReleaseException {
        long start = System.nanoTime();
        ReleasesReport report = ReleaseBuild.run(new ReleaseBuild.Options(options, false, line -> { },
                Optional.of(new ReleaseBuild.Incremental(cache, beside, pagesFirst)), lock));
        return new Outcome(report.published(), report.problems(), (System.nanoTime() - start) / 1_000_000,
                report.releases().stream().map(ReleasesReport.Outcome::name).findFirst(),
                stages(report));
    }
}
