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

    /** Pages built in this run, over every rebuilt release. */
    public int pages() {
        return releases.stream().flatMap(r -> r.report().stream()).mapToInt(BuildReport::pages).sum();
    }
}
