package dev.playbook.testing;

import dev.playbook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small playbook written into a temporary folder, built through the real command line, with
 * helpers to read what was published. Tests describe the whole site inline, as Hugo's do.
 */
public final class TestPlaybook {

    public static final String CONFIG = "title: Test Playbook\nrelease: \"2026.2\"\nlanguage: en\n";

    private final Path root;

    public TestPlaybook(Path root) {
        this.root = root;
    }

    /** A playbook with a config and nothing else. */
    public static TestPlaybook in(Path root) {
        return new TestPlaybook(root).file("playbook.yml", CONFIG);
    }

    public Path source() {
        return root.resolve("playbook");
    }

    public Path out() {
        return root.resolve("site-out");
    }

    public TestPlaybook file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestPlaybook bytes(String path, byte[] content) {
        try {
            Path file = source().resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestPlaybook delete(String path) {
        try {
            Files.delete(source().resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code playbook build --source <src> --out <out> [args]}. */
    public Result build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--source", source().toString(), "--out", out().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs {@code playbook check --source <src> [args]}. */
    public Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--source", source().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs any command line. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    public String output(String path) {
        try {
            return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean published(String path) {
        return Files.isRegularFile(out().resolve(path));
    }

    public Document html(String path) {
        return Jsoup.parse(output(path));
    }

    /** Every file below the output folder with its bytes, for byte-for-byte comparisons. */
    public Map<String, byte[]> snapshot() {
        return snapshot(out());
    }

    public static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
