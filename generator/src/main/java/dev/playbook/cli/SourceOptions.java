package dev.playbook.cli;

import dev.playbook.load.SourceLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Options every command that reads a playbook shares. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "playbook",
            description = "The playbook folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--release", paramLabel = "NAME", description = "Build as this release instead of the one in playbook.yml.")
    Optional<String> release;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Judge limits, effective dates and reviews on this day (default: release-date in playbook.yml, else today).")
    Optional<LocalDate> date;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    String display() {
        return source.toString().replace('\\', '/');
    }

    /**
     * The one line to print when the source is a folder without {@code playbook.yml} (a handbook
     * from another generator, most likely): how to make one. Empty when there is one, or no folder
     * (the build explains that).
     */
    Optional<String> missingConfig() {
        return SourceLoader.missingConfig(source, display());
    }
}
