package dev.playbook.faults;

import dev.playbook.cli.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code playbook} run as a child process of the test, from this test run's class path, in its own
 * process group (so a kill reaches every process of it), with stage tracing on. JVM flags are given,
 * so the command runs in this one JVM (no tuned JVM is started below it).
 */
final class ChildBuild {

    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m");

    private ChildBuild() {
    }

    /** The command line of {@code java ... Main args}, with {@code prefix} (e.g. setsid, setpriv) in front. */
    static List<String> command(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the command with tracing on; stdout is discarded, stderr is read by the caller. */
    static Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PLAYBOOK_TRACE", "stages");
        builder.environment().remove("PLAYBOOK_DEBUG");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** What a finished child printed to stderr and returned. */
    record Outcome(int exitCode, String err) {
        /** The lines that are not stage traces. */
        String messages() {
            StringBuilder text = new StringBuilder();
            err.lines().filter(line -> !line.startsWith("playbook: trace: ")).forEach(line -> text.append(line).append('\n'));
            return text.toString();
        }
    }

    /** Runs the command to its end (at most two minutes). */
    static Outcome run(List<String> command) {
        try {
            Process process = start(command);
            String err;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                StringBuilder text = new StringBuilder();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    text.append(line).append('\n');
                }
                err = text.toString();
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the child build did not finish in two minutes: " + command);
            }
            return new Outcome(process.exitValue(), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Copies a folder tree (the sample playbook, a published site). */
    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
