package dev.playbook.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: the class-data archive of the tuned JVM, with a real JVM writing and mapping it (for
 * a real jar, picocli's): written at the first exit and put in place only after a good one, used
 * afterwards without a word on the output, made anew for a changed jar.
 */
class ClassArchiveTest {

    @TempDir
    Path dir;

    @AfterEach
    void defaultCache() {
        System.clearProperty("playbook.cache");
    }

    private static Path jar(Path dir) throws Exception {
        Path real = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.copy(real, dir.resolve("tool.jar"));
    }

    private static String java(List<String> flags, Path jar) throws IOException, InterruptedException {
        return java(Path.of(System.getProperty("java.home"), "bin", "java"), flags, jar);
    }

    private static String java(Path java, List<String> flags, Path jar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(flags);
        command.addAll(List.of("-cp", jar.toString(), "picocli.AutoComplete", "--help"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private Stream<Path> cacheFiles() throws IOException {
        return Files.list(dir.resolve("cache/cds"));
    }

    @Test
    void writtenOnceAfterAGoodExitThenMapped() throws Exception {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        assertTrue(first.written().isPresent());
        assertTrue(first.flags().stream().anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit=")), first::toString);
        String plain = java(List.of(), jar);
        assertEquals(plain, java(first.flags(), jar), "writing the archive adds nothing to the output");
        assertTrue(Files.size(first.written().get()) > 0, "the JVM wrote the archive");
        first.finish(0);
        assertTrue(Files.isRegularFile(first.archive()));
        assertFalse(Files.exists(first.written().get()));

        ClassArchive.Use second = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        assertTrue(second.written().isEmpty());
        assertTrue(second.flags().contains("-XX:SharedArchiveFile=" + first.archive()), second::toString);
        assertEquals(plain, java(second.flags(), jar), "mapping it changes nothing the user sees");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        ClassArchive.Use changed = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        assertNotEquals(first.archive(), changed.archive(), "a changed jar gets an archive of its own");
        assertTrue(changed.written().isPresent());
    }

    @Test
    void olderJarsArchivesGoOnceThreeAreNewer() throws Exception {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path folder = Files.createDirectories(dir.resolve("cache/cds"));
        for (int i = 1; i <= 4; i++) {
            Path old = Files.writeString(folder.resolve("playbook-old" + i + ".jsa"), "an older jar's archive");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000_000_000L + i * 60_000L));
        }
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        java(first.flags(), jar);
        first.finish(0);
        assertEquals(java.util.Set.of(first.archive().getFileName().toString(), "playbook-old4.jsa", "playbook-old3.jsa"),
                cacheFiles().map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                "the new archive and the two newest older ones are kept");
    }

    @Test
    void aKilledBuildLeavesNoArchive() throws Exception {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        Files.write(first.written().get(), new byte[] {1, 2, 3}); // torn by a kill
        first.finish(137);
        assertFalse(Files.exists(first.archive()));
        assertEquals(0, cacheFiles().count(), "nothing is left in the cache");
        assertTrue(ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow().written().isPresent(), "the next build tries again");
    }

    @Test
    void aGarbageArchiveIsIgnoredSilently() throws Exception {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        Files.write(first.archive(), "not an archive".getBytes(StandardCharsets.UTF_8));
        ClassArchive.Use garbage = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        assertEquals(java(List.of(), jar), java(garbage.flags(), jar));
    }

    @Test
    void anArchiveDamagedPastItsHeaderIsIgnored() throws Exception {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        String plain = java(List.of(), jar);
        java(first.flags(), jar);
        first.finish(0);
        byte[] bytes = Files.readAllBytes(first.archive());
        for (int i = 65_543; i < bytes.length; i += 4096) {
            bytes[i] ^= 0x5a; // the JVM aborted on this before the archive was verified
        }
        Files.write(first.archive(), bytes);
        ClassArchive.Use damaged = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS).orElseThrow();
        assertTrue(damaged.flags().contains(ClassArchive.VERIFY), damaged::toString);
        assertEquals(plain, java(damaged.flags(), jar));
    }

    @Test
    void onJava25ItIsAnAotCacheAssembledAfterTheRecordRun() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(java25), "skipped: no Java 25 at " + java25);
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        Path jar = jar(dir);
        ClassArchive.Use first = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS, 25, java25.toString()).orElseThrow();
        assertTrue(first.flags().contains("-XX:AOTMode=record"), first::toString);
        assertTrue(first.archive().toString().endsWith(".aot"), first::toString);
        String plain = java(java25, List.of(), jar);
        assertEquals(plain, java(java25, first.flags(), jar), "recording adds nothing to the output");
        first.finish(0);
        assertTrue(Files.size(first.archive()) > 0, "assembled and put in place");
        assertEquals(List.of(first.archive()), cacheFiles().toList(), "the configuration and the temporary cache are gone");
        ClassArchive.Use second = ClassArchive.forClassPath(jar.toString(), TunedJvm.FLAGS, 25, java25.toString()).orElseThrow();
        assertTrue(second.flags().contains("-XX:AOTCache=" + first.archive()), second::toString);
        assertEquals(plain, java(java25, second.flags(), jar));
    }

    @Test
    void aClassPathOfSeveralEntriesGoesWithout() {
        System.setProperty("playbook.cache", dir.resolve("cache").toString());
        assertTrue(ClassArchive.forClassPath("a.jar" + java.io.File.pathSeparator + "b.jar", TunedJvm.FLAGS).isEmpty());
    }
}
