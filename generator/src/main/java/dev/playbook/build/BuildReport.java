package dev.playbook.build;

import dev.playbook.diag.Problem;
import dev.playbook.dialects.Conversion;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a build: its problems (sorted), whether the output was published, and figures.
 *
 * @param notes       what {@code check} lists besides the problems: pages not translated yet into a language
 * @param pageLinks   the links in page bodies that reach a page (an anchor they name may still be missing)
 * @param conversions other generators' constructs met in the pages, rendered or kept as text, in file order
 * @param stageMillis wall time of each stage, in the order they ran
 */
public record BuildReport(List<Problem> problems, List<Problem> notes, boolean published, int pages, int pageLinks, List<Conversion> conversions,
                          int written, int unchanged, int removed, long bytesWritten, Map<String, Long> stageMillis) {

    public BuildReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        conversions = List.copyOf(conversions);
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
