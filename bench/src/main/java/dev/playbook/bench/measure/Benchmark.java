package dev.playbook.bench.measure;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Times {@code java -jar <jar> build --source <corpus> --out <dir> --stats} (or the launcher's {@code build}) as a
 * child process on synthetic corpora, optionally with Hugo on an equivalent site beside it, and prints one table per
 * corpus size.
 */
public final class Benchmark {
    private final BenchmarkSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final ProcessTimer timer = new ProcessTimer();
    private final Path workingDir = Path.of("").toAbsolutePath();

    public Benchmark(BenchmarkSettings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    public void run() throws IOException, InterruptedException, BenchmarkFailure {
        Path jar = settings.jar().toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkFailure("generator jar not found: " + jar
                    + " (build it with: mvn -q -pl generator -am package -DskipTests)");
        }
        if (settings.launcher().isPresent() && !Files.isExecutable(settings.launcher().get())) {
            throw new BenchmarkFailure("launcher not found or not executable: " + settings.launcher().get().toAbsolutePath()
                    + " (it is built beside the jar: mvn -q -pl generator -am package -DskipTests)");
        }
        out.println("playbook command: " + String.join(" ", buildCommand(jar, Path.of("<corpus>"), Path.of("<out>"))));
        Path work = settings.work().toAbsolutePath();
        Files.createDirectories(work);
        Optional<Path> hugo = settings.hugo() ? onPath("hugo") : Optional.empty();
        if (settings.hugo() && hugo.isEmpty()) {
            out.println("hugo: not on the PATH, skipping the reference (install it with: apt-get install -y hugo)");
        }
        CorpusStore store = new CorpusStore(work, out);
        for (int pages : settings.pages()) {
            Path source = store.prepare(pages, settings.seed());
            Path outDir = store.home(pages).resolve("out");
            List<MeasuredSeries> columns = new ArrayList<>();
            MeasuredSeries cold = measure("playbook", pages, outDir, source, dir -> buildCommand(jar, source, dir));
            columns.add(cold);
            MeasuredSeries edits = measureEdits(pages, outDir, source, dir -> buildCommand(jar, source, dir));
            columns.add(edits);
            Optional<MeasuredSeries> realistic = Optional.empty();
            if (settings.realistic()) {
                Path messy = store.prepareRealistic(pages, settings.seed());
                Path messyOut = store.home(pages).resolve("out-realistic");
                realistic = Optional.of(measure("realistic", pages, messyOut, messy, dir -> buildCommand(jar, messy, dir)));
                columns.add(realistic.get());
            }
            Optional<MeasuredSeries> reference = Optional.empty();
            if (hugo.isPresent()) {
                Path site = store.hugoSite(pages, source);
                reference = Optional.of(measure("hugo", pages, outDir, null, dir -> List.of(
                        hugo.get().toString(), "--quiet", "-s", site.toString(), "-d", dir.toString())));
                columns.add(reference.get());
            }
            new ResultTable().print(out, pages, settings.runs(), columns);
            double coldSeconds = cold.medianWallSeconds();
            out.printf(java.util.Locale.ROOT, "edit rebuild (one page edited, build cache kept): %.3f s median, %.0f%% of the cold build%n",
                    edits.medianWallSeconds(), 100 * edits.medianWallSeconds() / coldSeconds);
            realistic.ifPresent(r -> out.printf(java.util.Locale.ROOT,
                    "realistic corpus (broken links, raw HTML, tables, 200 KB pages, deep folders): %.3f s median, %.2fx the clean corpus"
                            + " (the build reported %s broken links, %s warnings)%n",
                    r.medianWallSeconds(), r.medianWallSeconds() / coldSeconds,
                    r.medianStat("broken_links").orElse("?"), r.medianStat("warnings").orElse("?")));
            reference.ifPresent(h -> out.printf(java.util.Locale.ROOT, "playbook / hugo (median wall): %.2fx%n",
                    coldSeconds / h.medianWallSeconds()));
            out.println();
        }
        if (settings.sample().isPresent()) {
            measureSample(jar, settings.sample().get().toAbsolutePath(), work);
        } else {
            out.println("sample: no playbook.yml in --sample, skipped");
        }
    }

    /** The sample playbook: a real one (every page kind, two languages, courses, charts), cold and after a one-page edit. */
    private void measureSample(Path jar, Path sample, Path work) throws IOException, InterruptedException, BenchmarkFailure {
        int pages;
        try (var walk = Files.walk(sample)) {
            pages = (int) walk.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.startsWith(sample.resolve(BUILD_CACHE))).count();
        }
        Path outDir = work.resolve("sample").resolve("out");
        Files.createDirectories(outDir.getParent());
        MeasuredSeries cold = measure("sample", pages, outDir, sample, dir -> buildCommand(jar, sample, dir));
        MeasuredSeries edits = measureEdits(pages, outDir, sample, dir -> buildCommand(jar, sample, dir));
        new ResultTable().print(out, pages, settings.runs(), List.of(cold, edits));
        out.printf(java.util.Locale.ROOT, "sample playbook (%s, %d Markdown files): %.3f s cold, %.3f s after a one-page edit (medians)%n",
                sample.getFileName(), pages, cold.medianWallSeconds(), edits.medianWallSeconds());
    }

    private List<String> buildCommand(Path jar, Path source, Path outDir) {
        List<String> command = new ArrayList<>();
        if (settings.launcher().isPresent()) {
            // env(1) sets the launcher's java and execs it, as the launcher execs java: one process all along.
            command.addAll(List.of("env", "PLAYBOOK_JAVA=" + settings.java(), "PLAYBOOK_JAR=" + jar,
                    settings.launcher().get().toAbsolutePath().toString()));
        } else {
            command.add(settings.java());
            command.addAll(settings.jvmArgs());
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of("build", "--source", source.toString(), "--out", outDir.toString(), "--stats"));
        return command;
    }

    /**
     * Runs the tool {@code runs} times, each into a fresh output folder that is deleted afterwards,
     * and for Playbook without the build cache a run leaves in the source (a fresh checkout).
     */
    private MeasuredSeries measure(String tool, int pages, Path outDir, Path source, Function<Path, List<String>> command)
            throws IOException, InterruptedException, BenchmarkFailure {
        List<Measurement> runs = new ArrayList<>();
        FileTree output = new FileTree(0, 0);
        for (int run = 1; run <= settings.runs(); run++) {
            FileTree.delete(outDir);
            if (source != null) {
                FileTree.delete(source.resolve(BUILD_CACHE));
            }
            ProcessRun result = checked(tool, pages, outDir, timer.run(command.apply(outDir), workingDir));
            Measurement measurement = Measurement.of(result);
            runs.add(measurement);
            out.printf("%s: run %d/%d on %,d pages: %.3f s, peak RSS %.1f MB%n", tool, run, settings.runs(), pages,
                    measurement.wallNanos() / 1e9, measurement.peakRssKb() / 1024.0);
            if (run == settings.runs() && Files.isDirectory(outDir)) {
                output = FileTree.measure(outDir);
            }
            FileTree.delete(outDir);
        }
        if (source != null) {
            FileTree.delete(source.resolve(BUILD_CACHE));
        }
        return new MeasuredSeries(tool, pages, runs, output);
    }

    /** The build cache Playbook keeps in the source folder. */
    static final String BUILD_CACHE = ".playbook-cache";

    /**
     * What an editor waits for after saving one page: one untimed build leaves the output and the
     * build cache, then each run edits one page (a new sentence at its end, another each run) and
     * times the build into the same folder. The page gets its bytes back afterwards.
     */
    private MeasuredSeries measureEdits(int pages, Path outDir, Path source, Function<Path, List<String>> command)
            throws IOException, InterruptedException, BenchmarkFailure {
        String tool = "edit rebuild";
        FileTree.delete(outDir);
        FileTree.delete(source.resolve(BUILD_CACHE));
        Path page = editedPage(source);
        byte[] original = Files.readAllBytes(page);
        List<Measurement> runs = new ArrayList<>();
        try {
            checked(tool, pages, outDir, timer.run(command.apply(outDir), workingDir));
            for (int run = 1; run <= settings.runs(); run++) {
                Files.writeString(page, new String(original, java.nio.charset.StandardCharsets.UTF_8)
                        + "\nAn edit for the bench, number " + run + ".\n", java.nio.charset.StandardCharsets.UTF_8);
                Measurement measurement = Measurement.of(checked(tool, pages, outDir, timer.run(command.apply(outDir), workingDir)));
                runs.add(measurement);
                out.printf("%s: run %d/%d on %,d pages: %.3f s, peak RSS %.1f MB%n", tool, run, settings.runs(), pages,
                        measurement.wallNanos() / 1e9, measurement.peakRssKb() / 1024.0);
            }
            return new MeasuredSeries(tool, pages, runs, FileTree.measure(outDir));
        } finally {
            Files.write(page, original);
            FileTree.delete(outDir);
            FileTree.delete(source.resolve(BUILD_CACHE));
        }
    }

    /** The page in the middle of the corpus (in path order), neither a home nor a section page. */
    static Path editedPage(Path source) throws IOException {
        try (var walk = Files.walk(source)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().equals("index.md"))
                    .filter(p -> !p.startsWith(source.resolve(BUILD_CACHE))).sorted().toList();
            if (pages.isEmpty()) {
                throw new IOException("no page to edit in " + source);
            }
            return pages.get(pages.size() / 2);
        }
    }

    private ProcessRun checked(String tool, int pages, Path outDir, ProcessRun result) throws IOException, BenchmarkFailure {
        if (result.exitCode() != 0) {
            err.printf("%s exited with status %d: %s%n", tool, result.exitCode(), String.join(" ", result.command()));
            err.print(result.stderr());
            FileTree.delete(outDir);
            throw new BenchmarkFailure(tool + " build of " + pages + " pages failed with exit status " + result.exitCode());
        }
        return result;
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
