package dev.playbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An application class-data archive (AppCDS) for the tuned JVM: the classes a build loads,
 * parsed and laid out once and mapped by every later build, which saves about a fifth of the CPU
 * of a small build. The first build of a given jar on a given Java writes it at exit (into a
 * temporary name, moved into place only when the build ended well, so a killed build never leaves
 * a torn archive); later builds use it. It lives in the per-user cache
 * ({@code $XDG_CACHE_HOME/playbook/cds/}, else {@code ~/.cache/playbook/cds/}; {@code PLAYBOOK_CDS=off} goes without), named by a digest
 * of the jar (path, size, time), the Java and the flags, so a new jar or Java makes a new one. The
 * JVM checks an archive before it maps it and ignores one that does not match (silently: CDS
 * logging is off); without a usable cache folder, builds simply run without one.
 */
final class ClassArchive {

    /** What to add to the tuned JVM's command line, and what to do once it exits. */
    record Use(List<String> flags, Optional<Path> written, Path archive) {

        /** After the JVM exited: a newly written archive is put in place when the build ended well. */
        void finish(int exitCode) {
            if (written.isEmpty()) {
                return;
            }
            try {
                if ((exitCode == Main.OK || exitCode == Main.CONTENT_ERRORS) && Files.size(written.get()) > 0) {
                    Files.move(written.get(), archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                // No archive this time; the next build tries again.
            } finally {
                try {
                    Files.deleteIfExists(written.get());
                } catch (IOException e) {
                    // left for removeStale
                }
            }
        }
    }

    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final Duration STALE = Duration.ofHours(1);

    private ClassArchive() {
    }

    /** How the tuned JVM for this class path uses an archive; empty when there is no cache folder. */
    static Optional<Use> forClassPath(String classPath, List<String> jvmFlags) {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty(); // a jar of its own only: a class path of folders changes under the archive
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            String key = digest(jar + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis() + "\n"
                    + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n" + jvmFlags);
            Files.createDirectories(folder.get());
            Path archive = folder.get().resolve("playbook-" + key + ".jsa");
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return Optional.of(new Use(concat(QUIET, "-XX:SharedArchiveFile=" + archive), Optional.empty(), archive));
            }
            removeStale(folder.get());
            Path written = folder.get().resolve("playbook-" + key + "." + ProcessHandle.current().pid() + ".tmp");
            return Optional.of(new Use(concat(QUIET, "-XX:ArchiveClassesAtExit=" + written), Optional.of(written), archive));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Archives being written by builds that were killed an hour or more ago. */
    private static void removeStale(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "playbook-*.tmp")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the next build tries again
        }
    }

    private static Optional<Path> folder() {
        String chosen = System.getProperty("playbook.cache");
        if (chosen != null) {
            return Optional.of(Path.of(chosen, "cds"));
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (cache != null && !cache.isBlank()) {
            return Optional.of(Path.of(cache, "playbook", "cds"));
        }
        return home == null || home.isBlank() || home.equals("?") ? Optional.empty() : Optional.of(Path.of(home, ".cache", "playbook", "cds"));
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new java.util.ArrayList<>(first);
        all.add(last);
        return List.copyOf(all);
    }

    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
