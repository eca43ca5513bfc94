package dev.playbook.cli;

import dev.playbook.build.Build;
import dev.playbook.build.BuildOptions;
import dev.playbook.build.BuildReport;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.migrate.HandbookImport;
import dev.playbook.migrate.ImportPlan;
import dev.playbook.migrate.MigrationReport;
import dev.playbook.theme.ThemeNotFoundException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code playbook init --from DIR}: writes {@code playbook.yml} for a handbook from another
 * generator, then checks the handbook as {@code playbook check} does and prints a migration report.
 * Exit 0 when the handbook then checks without errors, 1 when it has errors (the file is written).
 */
final class InitFrom {

    private InitFrom() {
    }

    static int run(Path from, boolean force, PrintWriter out, PrintWriter err) {
        String display = from.toString().replace('\\', '/');
        if (!Files.isDirectory(from)) {
            err.println("playbook: " + display + " is not a folder; give the handbook's folder (the one holding hugo.toml,"
                    + " _config.yml, mkdocs.yml, docusaurus.config.js, .eleventy.js or .gitbook.yaml, or its Markdown)");
            return Main.USAGE;
        }
        Problems problems = new Problems();
        ImportPlan plan = HandbookImport.plan(from, display, problems);
        if (Files.exists(plan.configFile()) && !force) {
            err.println("playbook: " + plan.configDisplay() + " exists; init --from never overwrites it"
                    + " (give --force to replace it, or edit it by hand)");
            return Main.USAGE;
        }
        problems.sorted().forEach(p -> err.println(p.format()));
        try {
            write(plan);
        } catch (IOException e) {
            err.println("playbook: cannot write " + plan.configDisplay() + " (" + e + "); nothing was written");
            return Main.FAILURE;
        }
        out.println("Wrote " + plan.configDisplay() + " (" + plan.origin() + ").");
        BuildReport report;
        try {
            report = Build.run(new BuildOptions(plan.source(), plan.sourceDisplay(), Path.of("site-out"), "default",
                    Optional.empty(), false, Optional.empty(), false));
        } catch (ThemeNotFoundException e) {
            throw new IllegalStateException(e);
        }
        out.println("Migration report for " + plan.sourceDisplay() + ":");
        MigrationReport.lines(report).forEach(line -> out.println("  " + line));
        if (report.hasErrors()) {
            Problem first = report.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            out.println("Errors stop the build until they are fixed; the first: " + first.format());
        }
        String source = shellWord(plan.sourceDisplay());
        out.println("Next:");
        out.println("  playbook check --source " + source + "   # every finding, at its file:line:column");
        out.println("  playbook build --source " + source);
        out.flush();
        // playbook.yml is written either way; the code says whether the handbook builds as it is.
        return report.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** Written beside the target and moved into place, so an interrupted init leaves no half a file. */
    private static void write(ImportPlan plan) throws IOException {
        Path target = plan.configFile();
        Path temporary = plan.source().resolve(".playbook.yml." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            Files.writeString(temporary, plan.config(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String shellWord(String path) {
        return path.matches("[\\w./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
