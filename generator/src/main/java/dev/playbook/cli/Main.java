package dev.playbook.cli;

import dev.playbook.build.BuildException;
import dev.playbook.build.Version;
import dev.playbook.diag.InternalErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code java -jar playbook.jar <command>}: the only place that exits the process. */
@Command(name = "playbook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Builds a static, searchable site from a customer-service playbook written in Markdown + YAML.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, InitCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes: success, content errors, usage errors, a failure (I/O, disk full), the output folder locked. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;
    /** Another build or dev server is writing the output folder; nothing was done. */
    public static final int LOCKED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene 9 warns on every run on Java 23 or later that only a newer Lucene uses its Vector
     * API: nothing a playbook's author can act on. Held here, since JUL keeps loggers weakly.
     */
    private static java.util.logging.Logger luceneVectors;

    public static void main(String[] args) {
        if (Runtime.version().feature() >= 23) {
            luceneVectors = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
            luceneVectors.setLevel(java.util.logging.Level.SEVERE);
        }
        var tuned = TunedJvm.command(args);
        if (tuned.isPresent()) {
            try {
                System.exit(TunedJvm.run(tuned.get()));
            } catch (java.io.IOException e) {
                System.err.println("playbook: could not start a tuned JVM (" + e.getMessage() + "); building in this one");
            }
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> USAGE);
        line.setExecutionStrategy(parsed -> {
            if (DebugOption.asked(parsed) || System.getenv("PLAYBOOK_DEBUG") != null) {
                InternalErrors.debugTo(err);
            }
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                InternalErrors.quiet();
            }
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("playbook: " + failure(e));
            if (DebugOption.asked(parsed) || System.getenv("PLAYBOOK_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILURE;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What broke, in one line: a stage's I/O failure as it is ("stage write failed: No space left
     * on device"), anything else as the defect it is, to be reported.
     */
    static String failure(Exception e) {
        if (e instanceof BuildException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return "internal error: " + InternalErrors.describe(e)
                + "; please report it (run again with --debug to print where it happened)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --version} on every command. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"playbook " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
