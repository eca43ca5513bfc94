package dev.playbook.cli;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15: the fast start, {@code generator/target/playbook}, run as a process (by {@code sh}, as
 * a user's shell would) beside a jar of the generator's classes, on a real playbook in a temporary
 * folder: it starts the tuned JVM with the flags and heap ceiling of {@link TunedJvm}, writes the
 * class-data archive at the first build and maps it afterwards, and builds the same bytes whether
 * the archive is being written, mapped, damaged, another jar's, or cannot be written at all.
 */
class LauncherTest {

    private static final Path SCRIPT = Path.of(System.getProperty("playbook.repo.root", ".."),
            "generator", "src", "main", "launcher", "playbook");
    private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;

    private Path launcher;
    private TestPlaybook site;

    @BeforeEach
    void playbookAndLauncher() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        launcher = Files.copy(SCRIPT, lib.resolve("playbook"));
        jar(lib.resolve("playbook.jar"), false);
        site = TestPlaybook.in(dir.resolve("root"))
                .file("vision.md", "---\ntitle: Vision\ntype: vision\n---\n# Vision\n\nEvery customer is helped at the first contact.\n")
                .file("index.md", "---\ntitle: Home\n---\n# Home\n\nSee [refunds](guides/refunds.md).\n")
                .file("guides/_index.md", "---\ntitle: Guides\n---\n# Guides\n")
                .file("guides/refunds.md", "---\ntitle: Refunds\n---\n# Refunds\n\n## When\n\nA parcel arrives damaged.\n");
    }

    /**
     * The generator as one jar, as the launcher expects beside itself: the compiled classes and
     * resources, with the libraries on its manifest's class path (relative, as class-data sharing
     * wants them). The tests run before Maven packages the real jar.
     */
    private static void jar(Path jar, boolean another) throws IOException {
        Path classes = null;
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isRegularFile(path.resolve("dev/playbook/cli/Main.class"))) {
                classes = path;
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                libraries.add(jar.getParent().relativize(path).toString().replace(File.separatorChar, '/'));
            }
        }
        assertTrue(classes != null, "the generator's classes are on the test class path");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
        Path root = classes;
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(root.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
            if (another) {
                out.putNextEntry(new JarEntry("another.txt"));
                out.write("another jar".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
        List<String> words() {
            return Arrays.asList(out.split("\n"));
        }
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("PLAYBOOK_TUNED_JVM");
        builder.environment().remove("PLAYBOOK_CDS");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PLAYBOOK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().putAll(env);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run build(Map<String, String> env, String out) throws IOException, InterruptedException {
        return launch(env, "build", "-q", "--no-cache", "--source", site.source().toString(), "--out", dir.resolve(out).toString());
    }

    private List<Path> archives() throws IOException {
        Path folder = dir.resolve("cache/playbook/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private void assertSameSite(String expected, String actual) {
        Map<String, byte[]> a = TestPlaybook.snapshot(dir.resolve(expected));
        Map<String, byte[]> b = TestPlaybook.snapshot(dir.resolve(actual));
        assertFalse(a.isEmpty(), expected + " holds a site");
        assertEquals(a.keySet(), b.keySet(), actual + " has the files of " + expected);
        for (String path : a.keySet()) {
            assertTrue(Arrays.equals(a.get(path), b.get(path)), () -> path + " differs between " + expected + " and " + actual);
        }
    }

    @Test
    void startsTheTunedJvmWithItsFlagsAndHeap() throws Exception {
        site.bytes("data/big.yml", new byte[30_000_000]); // the ceiling follows the source's text
        Run run = launch(Map.of("PLAYBOOK_LAUNCH", "print"), "build", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> words = run.words();
        assertTrue(words.containsAll(TunedJvm.FLAGS), () -> "the flags of TunedJvm: " + words);
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        List<String> heap = TunedJvm.heapFlags(TunedJvm.heapFor(site.source(), memory));
        assertEquals(2, heap.size(), "a source of 30 MB gets a ceiling above the floor, and starts at it: " + heap);
        assertTrue(words.containsAll(heap), () -> "the heap of TunedJvm.heapFlags, " + heap + ": " + words);
        Run small = launch(Map.of("PLAYBOOK_LAUNCH", "print"), "build", "--source", dir.resolve("none").toString());
        assertTrue(small.words().contains("-Xmx512m") && small.words().stream().noneMatch(w -> w.startsWith("-Xms")),
                () -> "a small source gets the floor and the default start: " + small.words());
        assertEquals(List.of("-cp", dir.resolve("lib/playbook.jar").toRealPath().toString(), Main.class.getName(), "build"),
                words.subList(words.indexOf("-cp"), words.indexOf("-cp") + 4));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("cache/playbook/cds"))),
                () -> "the first build writes an archive into the per-user cache: " + words);

        Run serve = launch(Map.of("PLAYBOOK_LAUNCH", "print"), "serve", "--port", "0");
        assertEquals(List.of("-jar", dir.resolve("lib/playbook.jar").toRealPath().toString(), "serve", "--port", "0"),
                serve.words().subList(1, 6), "other commands run as java -jar");
        Run off = launch(Map.of("PLAYBOOK_LAUNCH", "print", "PLAYBOOK_TUNED_JVM", "off"), "build");
        assertEquals("-jar", off.words().get(1), "PLAYBOOK_TUNED_JVM=off runs java -jar as it is");
        Run noArchive = launch(Map.of("PLAYBOOK_LAUNCH", "print", "PLAYBOOK_CDS", "off"), "build");
        assertTrue(noArchive.words().stream().noneMatch(w -> w.contains("Archive") || w.contains("AOT")), noArchive::toString);
    }

    @Test
    void writesTheArchiveOnceThenMapsItAndBuildsTheSameSite() throws Exception {
        checkArchiveLifecycle(Map.of(), "-XX:SharedArchiveFile=", ".jsa");
    }

    @Test
    void onJava25TheArchiveIsAnAotCache() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_25), "skipped: no Java 25 at " + JAVA_25 + " to try the AOT cache with");
        checkArchiveLifecycle(Map.of("PLAYBOOK_JAVA", JAVA_25.toString()), "-XX:AOTCache=", ".aot");
    }

    private void checkArchiveLifecycle(Map<String, String> env, String mapFlag, String suffix) throws Exception {
        Map<String, String> without = new java.util.HashMap<>(env);
        without.put("PLAYBOOK_CDS", "off");
        Run plain = build(without, "plain");
        assertEquals(0, plain.exitCode(), plain::toString);
        assertTrue(archives().isEmpty(), "PLAYBOOK_CDS=off writes no archive");
        Run first = build(env, "first");
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(plain.out() + plain.err(), first.out() + first.err(), "writing the archive adds nothing to the output");
        assertSameSite("plain", "first");
        List<Path> archives = archives();
        assertEquals(1, archives.size(), archives::toString);
        Path archive = archives.get(0);
        assertTrue(archive.getFileName().toString().endsWith(suffix) && Files.size(archive) > 1_000_000, archive::toString);

        Map<String, String> print = new java.util.HashMap<>(env);
        print.put("PLAYBOOK_LAUNCH", "print");
        Run mapped = launch(print, "build", "--source", site.source().toString());
        assertTrue(mapped.words().contains(mapFlag + archive), () -> "the second build maps " + archive + ": " + mapped);
        Run second = build(env, "second");
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(plain.out() + plain.err(), second.out() + second.err());
        assertSameSite("first", "second");
        assertEquals(archives, archives(), "nothing more is written");

        // Damaged past its header (which the JVM trusts unless told to verify: it aborted here
        // without -XX:+VerifySharedSpaces): ignored, and the build is the same.
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = 65_543; i < bytes.length; i += 4096) {
            bytes[i] ^= 0x5a;
        }
        Files.write(archive, bytes);
        Run damaged = build(env, "damaged");
        assertEquals(0, damaged.exitCode(), damaged::toString);
        assertEquals(plain.out() + plain.err(), damaged.out() + damaged.err(), "a damaged archive is ignored silently");
        assertSameSite("first", "damaged");
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
        Run garbage = build(env, "garbage");
        assertEquals(0, garbage.exitCode(), garbage::toString);
        assertEquals(plain.out() + plain.err(), garbage.out() + garbage.err());
        assertSameSite("first", "garbage");
    }

    @Test
    void anotherJarsArchiveIsIgnored() throws Exception {
        Run first = build(Map.of(), "first");
        assertEquals(0, first.exitCode(), first::toString);
        Path archive = archives().get(0);
        // A new jar (another size and time) is another key; give it the old jar's archive under its name.
        Path jar = dir.resolve("lib/playbook.jar");
        jar(jar, true);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run print = launch(Map.of("PLAYBOOK_LAUNCH", "print"), "build");
        String writes = print.words().stream().filter(w -> w.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow(() -> new AssertionError("a changed jar gets an archive of its own: " + print));
        Path foreign = Path.of(writes.substring(writes.indexOf('=') + 1).replaceFirst("\\.[0-9]+\\.tmp$", ".jsa"));
        Files.copy(archive, foreign, StandardCopyOption.REPLACE_EXISTING);
        Run other = build(Map.of(), "other");
        assertEquals(0, other.exitCode(), other::toString);
        assertEquals("", other.out() + other.err(), "the JVM refuses another jar's archive, silently");
        assertSameSite("first", "other");
    }

    @Test
    void withoutAWritableCacheItStillBuilds() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run run = build(Map.of("XDG_CACHE_HOME", file.resolve("cache").toString()), "first");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.out() + run.err());
        assertTrue(Files.isRegularFile(dir.resolve("first/index.html")), "the site is published");
        Run print = launch(Map.of("PLAYBOOK_LAUNCH", "print", "XDG_CACHE_HOME", file.resolve("cache").toString()), "build");
        assertTrue(print.words().stream().noneMatch(w -> w.contains("Archive")), () -> "no archive flag: " + print);
    }

    @Test
    void contentErrorsAndUsageKeepTheirExitCodes() throws Exception {
        site.file("guides/broken.md", "---\ntitle: Broken\n---\nSee [nowhere](missing.md).\n");
        Run broken = build(Map.of(), "broken");
        assertEquals(Main.CONTENT_ERRORS, broken.exitCode(), broken::toString);
        assertTrue(broken.err().contains("broken.md"), broken::toString);
        Run usage = launch(Map.of(), "build", "--no-such-option");
        assertEquals(Main.USAGE, usage.exitCode(), usage::toString);
    }
}
