package dev.playbook.bench.measure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the real benchmark against a stand-in generator jar, as a child JVM, on a small corpus. */
class BenchmarkTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path temp;
    private static Path jar;

    @BeforeAll
    static void buildStandInJar() throws IOException {
        jar = temp.resolve("stand-in.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInGenerator.class.getName());
        String entry = StandInGenerator.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = StandInGenerator.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    @Test
    void printsATableWithMediansStatsAndOutputSize() throws Exception {
        Path work = temp.resolve("work-ok");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        new Benchmark(settings(work, List.of()), print(out), print(err)).run();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("corpus: generated 20 pages"), printed);
        assertTrue(printed.contains("== 20 pages, 2 runs each"), printed);
        for (String row : List.of("wall median (s)", "wall min (s)", "wall max (s)", "pages/s (median)",
                "peak RSS median (MB)", "stat stage.load.ms", "stat stage.render.ms", "stat index_bytes")) {
            assertTrue(printed.contains(row), row + " in\n" + printed);
        }
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("stat pages") && l.endsWith(" 20")), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("output files (last run)") && l.endsWith(" 20")),
                printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("peak RSS source") && l.endsWith("own VmHWM")),
                printed);
        assertFalse(Files.exists(work.resolve("pages-20/out")), "output folder left behind");
        assertTrue(printed.contains("edit rebuild: run 2/2 on 20 pages"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("edit rebuild (one page edited, build cache kept): ")
                && l.endsWith("% of the cold build")), printed);
        assertFalse(Files.readString(Benchmark.editedPage(work.resolve("pages-20/source"))).contains("An edit for the bench"),
                "the edited page has its bytes back");
        assertEquals("", err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new Benchmark(settings(work, List.of()), print(again), print(err)).run();
        assertTrue(again.toString(StandardCharsets.UTF_8).contains("corpus: reusing 20 pages"));
    }

    @Test
    void theRealisticCorpusIsTimedBesideTheCleanOne() throws Exception {
        Path work = temp.resolve("work");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(20), 1, jar, work, JAVA, List.of(), false, 3, true);
        new Benchmark(settings, print(out), print(new ByteArrayOutputStream())).run();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("corpus: generated the realistic 20 pages"), printed);
        assertTrue(printed.contains("realistic: run 1/1 on 20 pages"), printed);
        long broken;
        try (var walk = Files.walk(work.resolve("pages-20/realistic/source"))) {
            broken = 5 * walk.filter(p -> p.toString().endsWith(".md")).filter(p -> {
                try {
                    return Files.readString(p).contains("\n## Older notes\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertTrue(broken > 50, "the realistic corpus has five broken links on nearly every page: " + broken);
        String expected = "x the clean corpus (the build reported " + broken + " broken links, " + (broken + 1) + " warnings)";
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("realistic corpus (") && l.endsWith(expected)), printed);
        assertTrue(Files.readString(work.resolve("pages-20/realistic/source/playbook.yml")).contains("links: warning"));
    }

    @Test
    void aSamplePlaybookIsTimedColdAndAfterAnEditAndLeftAsItWas() throws Exception {
        Path sample = temp.resolve("sample");
        Files.createDirectories(sample.resolve("standards"));
        Files.writeString(sample.resolve("playbook.yml"), "title: Sample\n");
        Files.writeString(sample.resolve("index.md"), "---\ntitle: Home\n---\nWelcome.\n");
        for (String name : List.of("greet", "listen", "own")) {
            Files.writeString(sample.resolve("standards/" + name + ".md"), "---\ntitle: " + name + "\n---\nText.\n");
        }
        Path work = temp.resolve("work-sample");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(20), 1, jar, work, JAVA, List.of(), false, 3, false,
                java.util.Optional.empty(), java.util.Optional.of(sample));
        new Benchmark(settings, print(out), print(err)).run();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("sample: run 1/1 on 4 pages"), printed);
        assertTrue(printed.contains("edit rebuild: run 1/1 on 4 pages"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("sample playbook (sample, 4 Markdown files): ")
                && l.endsWith(" s after a one-page edit (medians)")), printed);
        for (String name : List.of("greet", "listen", "own")) {
            assertEquals("---\ntitle: " + name + "\n---\nText.\n", Files.readString(sample.resolve("standards/" + name + ".md")));
        }
        assertFalse(Files.exists(sample.resolve(Benchmark.BUILD_CACHE)), "no build cache left in the sample");
        assertFalse(Files.exists(work.resolve("sample/out")), "output folder left behind");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLauncherIsTimedInsteadOfJavaJar() throws Exception {
        Path launcher = temp.resolve("playbook");
        Files.writeString(launcher, "#!/bin/sh\n[ \"$PLAYBOOK_JAR\" = " + jar + " ] || exit 9\n"
                + "echo \"$*\" > " + temp.resolve("launched.txt") + "\nexec \"$PLAYBOOK_JAVA\" -jar \"$PLAYBOOK_JAR\" \"$@\"\n");
        launcher.toFile().setExecutable(true);
        Path work = temp.resolve("work-launcher");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(20), 1, jar, work, JAVA, List.of(), false, 3, false,
                java.util.Optional.of(launcher));
        new Benchmark(settings, print(out), print(err)).run();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("playbook command: env PLAYBOOK_JAVA=" + JAVA + " PLAYBOOK_JAR=" + jar + " " + launcher
                + " build --source <corpus> --out <out> --stats"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("stat pages") && l.endsWith(" 20")), printed);
        assertTrue(Files.readString(temp.resolve("launched.txt")).startsWith("build --source "), "the launcher ran the build");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings(List.of(20), 1, jar, work, JAVA,
                List.of("-Xmx1g"), false, 3, false, java.util.Optional.of(launcher)), "JVM options are the launcher's to pick");
    }

    @Test
    void aFailingBuildPrintsItsStderrAndFails() {
        Path work = temp.resolve("work-fail");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        BenchmarkFailure failure = assertThrows(BenchmarkFailure.class,
                () -> new Benchmark(settings(work, List.of("-Dstandin.fail=true")), print(out), print(err)).run());

        assertTrue(failure.getMessage().contains("exit status 1"), failure.getMessage());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken on purpose"));
    }

    @Test
    void aMissingJarIsReportedWithHowToBuildIt() {
        BenchmarkSettings settings = new BenchmarkSettings(List.of(20), 1, temp.resolve("nope.jar"),
                temp.resolve("work-missing"), JAVA, List.of(), false, 1);

        BenchmarkFailure failure = assertThrows(BenchmarkFailure.class,
                () -> new Benchmark(settings, print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()))
                        .run());

        assertTrue(failure.getMessage().contains("mvn -q -pl generator -am package"), failure.getMessage());
    }

    private static BenchmarkSettings settings(Path work, List<String> jvmArgs) {
        return new BenchmarkSettings(List.of(20), 2, jar, work, JAVA, jvmArgs, false, 3);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
