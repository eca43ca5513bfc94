package dev.playbook.releases;

import dev.playbook.build.BuildReport;
import dev.playbook.diag.Problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of building releases: every problem (sorted), whether anything was published,
 * and each release with how it went.
 *
 * @param latest the newest published release after this build (empty when nothing was published)
 * @param stageMillis wall time of each step around the releases' own builds (fingerprints, links, commits, zips), in order
 */
public record ReleasesReport(List<Problem> problems, boolean published, List<Outcome> releases, Optional<String> latest,
                             int written, int unchanged, int removed, Map<String, Long> stageMillis) {

    public ReleasesReport {
        problems = List.copyOf(problems);
        releases = List.copyOf(releases);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        Objects.requireNonNull(latest, "latest");
    }

    /**
     * One release of the build.
     *
     * @param source {@code "working tree"} or {@code "tag release/2026.1"}
     * @param report the release's build; empty when it was unchanged and not rebuilt
     */
    public record Outcome(String name, String source, Optional<BuildReport> report) {
        public boolean rebuilt() {
            return report.isPresent();
        }
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /**
     * The line that says what a build did, for {@code playbook build} and the Maven plugin alike:
     * "Built 12 pages into site-out/2026.2 in 0.84 s (40 files written, 0 unchanged, 0 removed)"; when
     * nothing was published, how many problems stopped it.
     */
    public String summary(java.nio.file.Path out, long millis) {
        if (!published) {
            return String.format(java.util.Locale.ROOT, "%d error(s), %d warning(s); nothing was published, %s is unchanged",
                    errors(), warnings(), out);
        }
        long rebuilt = releases.stream().filter(Outcome::rebuilt).count();
        String where = releases.size() == 1
                ? out.resolve(releases.get(0).name()).toString()
                : out + " (" + releases.size() + " releases, " + rebuilt + " rebuilt)";
        return String.format(java.util.Locale.ROOT, "Built %d pages into %s in %.2f s (%d files written, %d unchanged, %d removed)%s",
                pages(), where, millis / 1000.0, written, unchanged, removed,
                warnings() > 0 ? "; " + warnings() + " warning(s)" : "");
    }

    /** Pages built in this run, over every rebuilt release. */
    public int pages() {
        return releases.stream().flatMap(r -> r.report().stream()).mapToInt(BuildReport::pages).sum();
    }
}
