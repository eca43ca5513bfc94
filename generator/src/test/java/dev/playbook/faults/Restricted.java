package dev.playbook.faults;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Runs a child build for which file permissions count. Root ignores them (CAP_DAC_OVERRIDE), and
 * tests here and on CI run as root, so the child is started without that capability
 * ({@code setpriv --bounding-set=-dac_override,-dac_read_search}: still root, still the owner of
 * the test's files, but held to their mode bits); a test run by another user needs nothing.
 */
final class Restricted {

    private static final List<String> SETPRIV = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");

    private Restricted() {
    }

    /** The command prefix, after checking that it really keeps the child out of a file it may not read. */
    static List<String> prefix(Path scratch) throws IOException, InterruptedException {
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        List<String> prefix = uid == 0 ? SETPRIV : List.of();
        Path probe = scratch.resolve("permission-probe");
        Files.writeString(probe, "secret");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        try {
            List<String> command = new java.util.ArrayList<>(prefix);
            command.addAll(List.of("cat", probe.toString()));
            Process cat = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Assumptions.assumeTrue(cat.waitFor() != 0, "a child process here reads a file of mode 000 even through "
                    + prefix + "; permission faults cannot be made real on this machine");
        } finally {
            Files.delete(probe);
        }
        return prefix;
    }

    static void mode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
