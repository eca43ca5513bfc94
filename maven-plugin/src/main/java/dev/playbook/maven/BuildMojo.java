package dev.playbook.maven;

import dev.playbook.releases.ReleaseBuild;
import dev.playbook.releases.ReleaseException;
import dev.playbook.releases.ReleasesReport;
import dev.playbook.theme.ThemeNotFoundException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * {@code playbook:build}: builds the playbook into {@code out/<release>/} (with {@code allReleases},
 * every release tagged in git too), as {@code playbook build} does. Nothing is published when there are
 * errors, and the Maven build fails with them.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends PlaybookMojo {

    /** Where the site is written, each release in its own folder. Files Playbook did not write are never touched. */
    @Parameter(property = "playbook.out", defaultValue = "${project.build.directory}/site-out")
    File out;

    /** A theme folder, or a name looked up as themes/NAME/ beside the source; it overrides the built-in theme file by file. */
    @Parameter(property = "playbook.theme", defaultValue = "default")
    String theme;

    /** Also build every release tagged in git (tags matching release-tags in playbook.yml, default release/*). */
    @Parameter(property = "playbook.allReleases", defaultValue = "false")
    boolean allReleases;

    /** Include pages marked draft: true. */
    @Parameter(property = "playbook.drafts", defaultValue = "false")
    boolean drafts;

    /** Fail the Maven build on warnings too (the site is still written). */
    @Parameter(property = "playbook.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    @Override
    String goal() {
        return "build";
    }

    @Override
    void run() throws MojoFailureException {
        long start = System.nanoTime();
        Path folder = out.toPath();
        ReleasesReport report;
        try {
            report = ReleaseBuild.run(new ReleaseBuild.Options(options(folder, theme, drafts, true), allReleases,
                    line -> getLog().info(line)));
        } catch (ReleaseException.OutputLocked e) {
            throw new MojoFailureException(e.getMessage() + "; wait for it to finish, or build into another <out>", e);
        } catch (ThemeNotFoundException | ReleaseException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        log(report.problems());
        String summary = report.summary(folder, (System.nanoTime() - start) / 1_000_000);
        if (!report.published()) {
            throw failure("Playbook: " + summary, report.problems());
        }
        getLog().info(summary);
        if (failOnWarnings && report.warnings() > 0) {
            throw failure("Playbook: " + report.warnings() + " warning(s), and failOnWarnings is set", report.problems());
        }
    }
}
