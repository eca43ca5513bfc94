package dev.playbook.maven;

import dev.playbook.build.Build;
import dev.playbook.build.BuildReport;
import dev.playbook.build.Version;
import dev.playbook.diag.ProblemFormat;
import dev.playbook.theme.ThemeNotFoundException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code playbook:check}: every check of the build, nothing written but the reports asked for
 * ({@code reportFormats}: sarif, gitlab, junit, json, github or text, each into {@code reportDirectory}).
 * Fails the Maven build on errors, and on warnings with {@code failOnWarnings}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends PlaybookMojo {

    /** Include pages marked draft: true. */
    @Parameter(property = "playbook.drafts", defaultValue = "false")
    boolean drafts;

    /** Fail on warnings too ({@code check --strict}). */
    @Parameter(property = "playbook.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Reports to write for CI: any of sarif (playbook.sarif), gitlab (gl-code-quality-report.json), junit (TEST-playbook.xml), json, github, text. */
    @Parameter(property = "playbook.reportFormats")
    List<String> reportFormats;

    /** Where the reports go. */
    @Parameter(property = "playbook.reportDirectory", defaultValue = "${project.build.directory}/playbook-reports")
    File reportDirectory;

    /** Where a build would write; check writes nothing there. */
    @Parameter(defaultValue = "${project.build.directory}/site-out", readonly = true)
    File out;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<ProblemFormat> formats = formats();
        BuildReport report;
        try {
            report = Build.run(options(out.toPath(), "default", drafts, false));
        } catch (ThemeNotFoundException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        log(report.problems());
        for (ProblemFormat format : formats) {
            Path file = reportDirectory.toPath().resolve(format.fileName());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, format.format(report.problems(), Version.current()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("Wrote " + format.label() + " report " + file);
        }
        String summary = "Playbook: " + report.errors() + " error(s), " + report.warnings() + " warning(s) in " + display();
        if (report.hasErrors() || failOnWarnings && report.warnings() > 0) {
            throw failure(summary + (report.hasErrors() ? "" : ", and failOnWarnings is set"), report.problems());
        }
        getLog().info(summary);
    }

    private List<ProblemFormat> formats() throws MojoFailureException {
        List<ProblemFormat> formats = new ArrayList<>();
        for (String name : reportFormats == null ? List.<String>of() : reportFormats) {
            for (String each : name.split(",")) {
                if (each.isBlank()) {
                    continue;
                }
                formats.add(ProblemFormat.named(each).orElseThrow(() -> new MojoFailureException(
                        "<reportFormats> has \"" + each.strip() + "\": expected " + ProblemFormat.labels())));
            }
        }
        return formats;
    }
}
