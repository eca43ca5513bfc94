package dev.playbook.cli;

import dev.playbook.build.Build;
import dev.playbook.build.BuildOptions;
import dev.playbook.build.ReleaseStep;
import dev.playbook.build.StagedBuild;
import dev.playbook.build.StoredCache;
import dev.playbook.build.BuildReport;
import dev.playbook.build.Version;
import dev.playbook.diag.ProblemFormat;
import dev.playbook.theme.ThemeNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playbook check}: every check of {@code build}, nothing written. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Checks the playbook: schema, ids, links, anchors, limits, and the service-initiative checklist.",
                "Findings are path:line:column: severity: message, sorted.",
                "Exit codes: 0 no errors (and no warnings with --strict), 1 findings that fail, 2 usage error."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SourceOptions sources;

    @CommandLine.Mixin
    DebugOption debug;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, github (GitHub Actions annotations), sarif (SARIF 2.1.0, for code scanning),"
                    + " gitlab (GitLab Code Quality) or junit (JUnit XML, one test case per finding).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the findings in --format to FILE (folders made as needed) and print them as text too, for a CI job that keeps the report and shows the log.")
    Optional<Path> output;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--no-cache", description = "Check from nothing, neither reading nor writing the build cache (.playbook-cache/ in the source folder).")
    boolean noCache;

    @Override
    public Integer call() {
        ProblemFormat chosen = ProblemFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for option '--format': '" + format + "' (expected " + ProblemFormat.labels() + ")"));
        if (sources.missingConfig().isPresent()) {
            spec.commandLine().getErr().println(sources.missingConfig().get());
            return Main.USAGE;
        }
        BuildOptions options = new BuildOptions(sources.source, sources.display(), Path.of("site-out"), "default",
                sources.release, sources.drafts, sources.date, false);
        BuildReport report;
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (noCache) {
                report = Build.run(options);
            } else {
                // The bodies a build rendered serve the check, and the check's serve the next build.
                StoredCache cache = StoredCache.open(sources.source, line -> {
                    if (debug.debug) {
                        err.println("playbook: " + line);
                    }
                });
                try (StagedBuild staged = Build.stage(options, ReleaseStep.NONE, cache.cache(), false)) {
                    report = staged.report();
                }
                cache.save(false);
            }
        } catch (ThemeNotFoundException e) {
            throw new IllegalStateException(e);
        }
        String findings = chosen.format(report.problems(), Version.current());
        if (output.isPresent()) {
            try {
                Path file = output.get().toAbsolutePath();
                Files.createDirectories(file.getParent());
                Files.writeString(file, findings, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("playbook: cannot write " + output.get() + ": " + e.getMessage());
                return Main.FAILURE;
            }
        }
        boolean text = chosen == ProblemFormat.TEXT || output.isPresent();
        PrintWriter out = text ? err : spec.commandLine().getOut();
        out.print(text ? ProblemFormat.TEXT.format(report.problems()) : findings);
        if (text) {
            // Pages not translated yet: listed, never failing (a language grows page by page).
            for (var note : report.notes()) {
                out.println(note.format().replaceFirst(": warning: ", ": note: "));
            }
            out.printf("%d error(s), %d warning(s)%n", report.errors(), report.warnings());
        }
        out.flush();
        boolean fails = report.hasErrors() || (strict && report.warnings() > 0);
        return fails ? Main.CONTENT_ERRORS : Main.OK;
    }
}
