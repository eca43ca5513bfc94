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
 * Times {@code java -jar <jar> build --source <corpus> --out <dir> --stats} as a child process on synthetic
 * corpora, optionally with Hugo on an equivalent site beside it, and prints one table per corpus size.
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
            columns.add(measure("playbook", pages, outDir, dir -> buildCommand(jar, source, dir)));
            if (hugo.isPresent()) {
                Path site = store.hugoSite(pages, source);
                columns.add(measure("hugo", pages, outDir, dir -> List.of(
                        hugo.get().toString(), "--quiet", "-s", site.toString(), "-d", dir.toString())));
            }
            new ResultTable().print(out, pages, settings.runs(), columns);
            out.println();
        }
    }

    private List<String> buildCommand(Path jar, Path source, Path outDir) {
        List<String> command = new ArrayList<>();
        command.add(settings.java());
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-jar", jar.toString(), "build", "--source", source.toString(),
                "--out", outDir.toString(), "--stats"));
        return command;
    }

    /** Runs the tool {@code runs} times, each into a fresh output folder that is deleted afterwards. */
    private MeasuredSeries measure(String tool, int pages, Path outDir, Function<Path, List<String>> command)
            throws IOException, InterruptedException, BenchmarkFailure {
        List<Measurement> runs = new ArrayList<>();
        FileTree output = new FileTree(0, 0);
        for (int run = 1; run <= settings.runs(); run++) {
            FileTree.delete(outDir);
            ProcessRun result = timer.run(command.apply(outDir), workingDir);
            if (result.exitCode() != 0) {
                err.printf("%s exited with status %d: %s%n", tool, result.exitCode(), String.join(" ", result.command()));
                err.print(result.stderr());
                FileTree.delete(outDir);
                throw new BenchmarkFailure(tool + " build of " + pages + " pages failed with exit status "
                        + result.exitCode());
            }
            Measurement measurement = Measurement.of(result);
            runs.add(measurement);
            out.printf("%s: run %d/%d on %,d pages: %.3f s, peak RSS %.1f MB%n", tool, run, settings.runs(), pages,
                    measurement.wallNanos() / 1e9, measurement.peakRssKb() / 1024.0);
            if (run == settings.runs() && Files.isDirectory(outDir)) {
                output = FileTree.measure(outDir);
            }
            FileTree.delete(outDir);
        }
        return new MeasuredSeries(tool, pages, runs, output);
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
