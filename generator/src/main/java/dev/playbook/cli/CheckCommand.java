package dev.playbook.cli;

import dev.playbook.build.Build;
import dev.playbook.build.BuildOptions;
import dev.playbook.build.BuildReport;
import dev.playbook.diag.ProblemFormat;
import dev.playbook.theme.ThemeNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
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
            description = "text (default), json, or github (GitHub Actions annotations).")
    String format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Override
    public Integer call() {
        ProblemFormat chosen;
        try {
            chosen = ProblemFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + format + "' (expected text, json or github)");
        }
        if (sources.missingConfig().isPresent()) {
            spec.commandLine().getErr().println(sources.missingConfig().get());
            return Main.USAGE;
        }
        BuildOptions options = new BuildOptions(sources.source, sources.display(), Path.of("site-out"), "default",
                sources.release, sources.drafts, sources.date, false);
        BuildReport report;
        try {
            report = Build.run(options);
        } catch (ThemeNotFoundException e) {
            throw new IllegalStateException(e);
        }
        var out = chosen == ProblemFormat.TEXT ? spec.commandLine().getErr() : spec.commandLine().getOut();
        out.print(chosen.format(report.problems()));
        if (chosen == ProblemFormat.TEXT) {
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
