package dev.playbook.build;

import dev.playbook.diag.Problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a build: its problems (sorted), whether the output was published, and figures.
 *
 * @param stageMillis wall time of each stage, in the order they ran
 */
public record BuildReport(List<Problem> problems, boolean published, int pages, int written, int unchanged,
                          int removed, long bytesWritten, Map<String, Long> stageMillis) {

    public BuildReport {
        problems = List.copyOf(problems);
        Objects.requireNonNull(stageMillis, "stageMillis");
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
