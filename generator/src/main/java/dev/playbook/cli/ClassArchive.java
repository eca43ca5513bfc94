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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A class-data archive for the tuned JVM: the classes a build loads, parsed and linked once and
 * mapped by every later build. On Java 17 to 24 it is an application class-data archive (AppCDS,
 * {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), which saves about a fifth
 * of the CPU of a small build; from Java 25 on it is an AOT cache ({@code -XX:AOTMode=record},
 * then {@code -XX:AOTCache}), which also keeps linked lambdas and method profiles and saves a
 * further seventh there (measured on the sample). The first build of a given jar on a given Java
 * writes it (into a temporary name, moved into place only when the build ended well, so a killed
 * build never leaves a torn archive); later builds use it. It lives in the per-user cache
 * ({@code $XDG_CACHE_HOME/playbook/cds/}, else {@code ~/.cache/playbook/cds/};
 * {@code PLAYBOOK_CDS=off} goes without), named by a digest of the jar (path, size, time), the Java
 * and the flags, so a new jar or Java makes a new one. The JVM checks an archive's header and
 * checksums before it maps it and ignores one that does not match or is damaged (silently: its
 * logging is off); without a usable cache folder, builds simply run without one. The launcher
 * beside the jar ({@code src/main/launcher/playbook}) keeps its archives the same way.
 */
final class ClassArchive {

    /** The first Java whose AOT cache this uses instead of AppCDS. */
    static final int AOT_FEATURE = 25;

    /**
     * What to add to the tuned JVM's command line, and what to do once it exits: for an AOT
     * cache, {@code assemble} is the JVM command that turns the recorded configuration into the
     * cache (empty for AppCDS, which the JVM writes itself at exit).
     */
    record Use(List<String> flags, Optional<Path> written, Path archive, List<String> assemble) {

        Use {
            flags = List.copyOf(flags);
            assemble = List.copyOf(assemble);
        }

        /** After the JVM exited: a newly written archive is put in place when the build ended well. */
        void finish(int exitCode) {
            if (written.isEmpty()) {
                return;
            }
            Path made = assemble.isEmpty() ? written.get() : Path.of(written.get() + ".aot");
            try {
                if ((exitCode == Main.OK || exitCode == Main.CONTENT_ERRORS) && Files.size(written.get()) > 0
                        && (assemble.isEmpty() || assembled(assemble)) && Files.size(made) > 0) {
                    Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    keepNewest(archive.getParent());
                }
            } catch (IOException | RuntimeException e) {
                // No archive this time; the next build tries again.
            } finally {
                try {
                    Files.deleteIfExists(written.get());
                    Files.deleteIfExists(made);
                } catch (IOException e) {
                    // left for removeStale
                }
            }
        }

        /** Runs the JVM that assembles an AOT cache, its chatter discarded. */
        private static boolean assembled(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return false;
                }
                return process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** On Java 25 ({@code -Xlog:aot} does not exist before it). */
    private static final List<String> QUIET_AOT = List.of("-Xlog:cds=off", "-Xlog:aot=off");
    /** The record run prints the configuration's file name on stdout, which would mix with the build's output. */
    private static final List<String> SILENT = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");
    /**
     * Checks the archive's checksums before mapping it: the JVM otherwise trusts an archive whose
     * header is intact and aborts on damage further in (seen on Java 17 and 25). About 30 ms.
     */
    static final String VERIFY = "-XX:+VerifySharedSpaces";
    private static final Duration STALE = Duration.ofHours(1);

    private ClassArchive() {
    }

    /** How the tuned JVM for this class path uses an archive; empty when there is no cache folder. */
    static Optional<Use> forClassPath(String classPath, List<String> jvmFlags) {
        return forClassPath(classPath, jvmFlags, Runtime.version().feature(), javaCommand());
    }

    /** As {@link #forClassPath(String, List)} for a Java of the given feature release, started as {@code javaCommand}. */
    static Optional<Use> forClassPath(String classPath, List<String> jvmFlags, int feature, String javaCommand) {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty(); // a jar of its own only: a class path of folders changes under the archive
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            boolean aot = feature >= AOT_FEATURE;
            String key = digest(jar + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis() + "\n"
                    + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n" + jvmFlags
                    + (aot ? "\naot" : ""));
            Files.createDirectories(folder.get());
            Path archive = folder.get().resolve("playbook-" + key + (aot ? ".aot" : ".jsa"));
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                List<String> flags = new ArrayList<>(aot ? QUIET_AOT : QUIET);
                flags.add(VERIFY);
                flags.add((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
                return Optional.of(new Use(flags, Optional.empty(), archive, List.of()));
            }
            removeStale(folder.get());
            Path written = folder.get().resolve("playbook-" + key + "." + ProcessHandle.current().pid() + ".tmp");
            if (!aot) {
                return Optional.of(new Use(concat(QUIET, "-XX:ArchiveClassesAtExit=" + written), Optional.of(written), archive, List.of()));
            }
            List<String> assemble = new ArrayList<>(List.of(javaCommand));
            assemble.addAll(jvmFlags);
            assemble.addAll(QUIET_AOT);
            assemble.addAll(SILENT);
            assemble.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + written,
                    "-XX:AOTCache=" + written + ".aot", "-cp", jar.toString()));
            List<String> record = new ArrayList<>(QUIET_AOT);
            record.addAll(SILENT);
            record.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + written));
            return Optional.of(new Use(record, Optional.of(written), archive, assemble));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The java executable of this JVM. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** How many archives the cache keeps: one per jar and Java, so older jars' go once three are newer. */
    static final int KEPT = 3;

    /** Deletes all but the {@link #KEPT} newest archives (each is tens of MB; a rebuilt jar makes a new one). */
    static void keepNewest(Path folder) {
        List<Path> archives = new java.util.ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "playbook-*.{jsa,aot}")) {
            files.forEach(archives::add);
        } catch (IOException | RuntimeException e) {
            return;
        }
        java.util.Map<Path, Long> modified = new java.util.HashMap<>();
        for (Path file : archives) {
            try {
                modified.put(file, Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                modified.put(file, 0L);
            }
        }
        archives.sort(java.util.Comparator.comparing((Path file) -> modified.get(file)).reversed()
                .thenComparing(Path::toString));
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // the next build tries again
            }
        }
    }

    /** Archives being written by builds that were killed an hour or more ago. */
    private static void removeStale(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "playbook-*.tmp*")) {
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
        List<String> all = new ArrayList<>(first);
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
