package dev.playbook.bench.serve;

import dev.playbook.bench.measure.BenchmarkFailure;
import dev.playbook.bench.measure.CorpusStore;
import dev.playbook.bench.search.Percentiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts {@code java -jar playbook.jar serve} on a copy of each synthetic corpus, then, edit after
 * edit, saves one page's Markdown with a new sentence and polls the page over HTTP until the
 * served page holds it: the time an editor waits after saving. Each edit waits until the server
 * has also brought the search index up to date, as it would have by an editor's next save.
 */
public final class ServeBenchmark {

    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+?/)(\\S*?/)? ");
    private static final Pattern REBUILT = Pattern.compile("^Rebuilt in (\\d+) ms");
    private static final Pattern SEARCH = Pattern.compile("^Search index in (\\d+) ms");

    /** What to run. */
    public record Settings(List<Integer> pages, int edits, Path jar, Path work, String java, List<String> jvmArgs, long seed) { }

    private final Settings settings;
    private final PrintStream out;

    public ServeBenchmark(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException, BenchmarkFailure {
        CorpusStore store = new CorpusStore(settings.work().toAbsolutePath(), out);
        List<String> table = new ArrayList<>();
        for (int pages : settings.pages()) {
            Path corpus = store.prepare(pages, settings.seed());
            table.add(measure(pages, corpus, store.home(pages)));
        }
        out.println();
        out.println("== playbook serve: save to reloaded page served (ms), " + settings.edits() + " one-page edits each ==");
        out.println(String.format("%-8s %8s %8s %8s %14s %14s %12s", "pages", "median", "min", "max", "rebuild median",
                "search median", "first build"));
        table.forEach(out::println);
    }

    private String measure(int pages, Path corpus, Path home) throws IOException, InterruptedException, BenchmarkFailure {
        Path source = home.resolve("serve-source");
        Path site = home.resolve("serve-out");
        deleteTree(source);
        deleteTree(site);
        copyTree(corpus, source);
        List<String> command = new ArrayList<>(List.of(settings.java()));
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString(), "serve", "--source", source.toString(),
                "--out", site.toString(), "--port", "0"));
        out.println("pages-" + pages + ": starting " + String.join(" ", command));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = reader(server.getInputStream(), lines);
        try {
            long started = System.nanoTime();
            Matcher serving = awaitLine(lines, SERVING, 900, server);
            long firstBuild = (System.nanoTime() - started) / 1_000_000;
            URI base = URI.create(serving.group(1) + (serving.group(2) == null ? "" : serving.group(2)));
            List<Path> files = pagesToEdit(source);
            List<Double> waits = new ArrayList<>();
            List<Double> rebuilds = new ArrayList<>();
            List<Double> searches = new ArrayList<>();
            for (int i = 0; i < settings.edits(); i++) {
                Path file = files.get(i % files.size());
                String marker = "Serve bench sentence " + i + "-" + System.nanoTime() + ".";
                String text = Files.readString(file);
                String edited = text.replaceFirst("\n## ", "\n" + marker + "\n\n## ");
                URI page = base.resolve(source.relativize(file).toString().replace('\\', '/').replaceAll("\\.md$", ".html"));
                long start = System.nanoTime();
                Files.writeString(file, edited);
                while (!fetch(page).contains(marker)) {
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
                        throw new BenchmarkFailure("the edit of " + file + " was not served within 120 s");
                    }
                    Thread.sleep(2);
                }
                double millis = (System.nanoTime() - start) / 1e6;
                waits.add(millis);
                rebuilds.add(Double.parseDouble(awaitLine(lines, REBUILT, 120, server).group(1)));
                searches.add(Double.parseDouble(awaitLine(lines, SEARCH, 300, server).group(1)));
                out.printf("pages-%d: edit %d of %s served after %.0f ms%n", pages, i + 1, source.relativize(file), millis);
            }
            return String.format("%-8d %8.0f %8.0f %8.0f %14.0f %14.0f %10.1f s", pages, median(waits),
                    waits.stream().min(Double::compare).orElse(0.0), waits.stream().max(Double::compare).orElse(0.0),
                    median(rebuilds), median(searches), firstBuild / 1000.0);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            reader.join(5_000);
        }
    }

    private static double median(List<Double> values) {
        return new Percentiles(values.stream().mapToDouble(Double::doubleValue).toArray()).median();
    }

    /** Pages spread over the corpus, one per section folder, each with a second-level heading. */
    private static List<Path> pagesToEdit(Path source) throws IOException, BenchmarkFailure {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("_")
                    && !f.getFileName().toString().equals("index.md")).sorted().toList()) {
                if (found.stream().noneMatch(f -> f.getParent().equals(file.getParent()))
                        && Files.readString(file).contains("\n## ")) {
                    found.add(file);
                }
            }
        }
        if (found.isEmpty()) {
            throw new BenchmarkFailure("no page with a heading in " + source);
        }
        return found;
    }

    private static String fetch(URI page) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) page.toURL().openConnection();
        try {
            if (connection.getResponseCode() != 200) {
                return "";
            }
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            connection.disconnect();
        }
    }

    private Matcher awaitLine(BlockingQueue<String> lines, Pattern pattern, int seconds, Process server)
            throws InterruptedException, BenchmarkFailure {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
                if (line.contains("error")) {
                    out.println("  server: " + line);
                }
            } else if (!server.isAlive()) {
                throw new BenchmarkFailure("the server stopped (exit " + server.exitValue() + ")");
            }
        }
        throw new BenchmarkFailure("the server printed no line matching " + pattern + " within " + seconds + " s");
    }

    private static Thread reader(InputStream in, BlockingQueue<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The server stopped.
            }
        }, "serve-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
