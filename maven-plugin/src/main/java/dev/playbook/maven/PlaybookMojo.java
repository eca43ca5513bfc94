package dev.playbook.maven;

import dev.playbook.build.BuildOptions;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.load.SourceLoader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What every goal shares: where the playbook is, which release and day to build it as, and how its
 * problems reach Maven: each one logged as an error or warning at {@code file:line:column} (relative to
 * the folder Maven was started in, as the CLI names them), the errors failing the build.
 */
abstract class PlaybookMojo extends AbstractMojo {

    /** Problems quoted in a failure's message; the log has every one. */
    private static final int QUOTED = 20;

    /** The playbook folder (holding {@code playbook.yml}). */
    @Parameter(property = "playbook.source", defaultValue = "${project.basedir}/src/playbook")
    File source;

    /** Build as this release instead of the one in {@code playbook.yml}. */
    @Parameter(property = "playbook.release")
    String release;

    /** Judge limits, effective dates and reviews on this day, YYYY-MM-DD (default: release-date in playbook.yml, else today). */
    @Parameter(property = "playbook.date")
    String date;

    /** Skip this goal. */
    @Parameter(property = "playbook.skip", defaultValue = "false")
    boolean skip;

    /** The folder Maven was started in: problems name files relative to it, as the CLI run from there would. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    /** The goal's name, for messages ("build"). */
    abstract String goal();

    /** The goal's work, once the source is known to be a playbook. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping playbook:" + goal() + " (playbook.skip)");
            return;
        }
        if (source == null || !Files.isDirectory(source.toPath())) {
            throw new MojoFailureException("no playbook at " + display() + ": put one there (playbook.yml and pages in Markdown)"
                    + " or set <source> in the plugin's configuration");
        }
        Optional<String> missing = SourceLoader.missingConfig(source.toPath(), display());
        if (missing.isPresent()) {
            throw new MojoFailureException(missing.get().replaceFirst("^playbook: ", ""));
        }
        boolean debug = getLog().isDebugEnabled();
        if (debug) {
            InternalErrors.debugTo(new PrintWriter(new DebugLogWriter(getLog()), true));
        }
        try {
            run();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (java.io.UncheckedIOException | dev.playbook.build.BuildException e) {
            throw new MojoExecutionException("playbook:" + goal() + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("playbook:" + goal() + ": internal error: "
                    + InternalErrors.describe(e) + "; please report it (run Maven with -e to see where)", e);
        } finally {
            if (debug) {
                InternalErrors.quiet();
            }
        }
    }

    BuildOptions options(Path out, String theme, boolean drafts, boolean write) throws MojoFailureException {
        return new BuildOptions(source.toPath(), display(), out, theme, Optional.ofNullable(blank(release)), drafts, day(), write);
    }

    /** The source as problems name it: relative to where Maven was started when inside it, else absolute. */
    String display() {
        Path folder = source.toPath().toAbsolutePath().normalize();
        if (executionRoot != null) {
            Path root = executionRoot.toPath().toAbsolutePath().normalize();
            if (folder.startsWith(root) && !folder.equals(root)) {
                return root.relativize(folder).toString().replace('\\', '/');
            }
        }
        return folder.toString().replace('\\', '/');
    }

    /** Each problem in Maven's log, errors as errors and warnings as warnings. */
    void log(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError()) {
                getLog().error(positioned(p));
            } else {
                getLog().warn(positioned(p));
            }
        }
    }

    /**
     * The failure that stops the Maven build: {@code summary}, then the positioned problems (the first
     * {@value #QUOTED}), so that Maven's closing "Failed to execute goal" says where to look.
     */
    MojoFailureException failure(String summary, List<Problem> problems) {
        StringBuilder message = new StringBuilder(summary);
        problems.stream().filter(p -> p.isError()).limit(QUOTED)
                .forEach(p -> message.append(System.lineSeparator()).append(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > QUOTED) {
            message.append(System.lineSeparator()).append("... and ").append(errors - QUOTED).append(" more error(s) above");
        }
        if (errors == 0) {
            problems.stream().limit(QUOTED).forEach(p -> message.append(System.lineSeparator()).append(p.format()));
        }
        return new MojoFailureException(message.toString());
    }

    /** {@code file:line:column: message}: Maven's [ERROR] or [WARNING] already says how bad. */
    private static String positioned(Problem p) {
        String formatted = p.format();
        String severity = ": " + p.severity().label() + ": ";
        int at = formatted.indexOf(severity, p.file().length());
        return at < 0 ? formatted : formatted.substring(0, at) + ": " + formatted.substring(at + severity.length());
    }

    private Optional<LocalDate> day() throws MojoFailureException {
        if (blank(date) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("<date> must be a day written YYYY-MM-DD, found \"" + date + "\"");
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
