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

    /** The folder every release is built into ({@code --out}). */
    public Path out() {
        return root.resolve("site-out");
    }

    /**
     * The folder of the release the tests read: the latest published one, else the one
     * {@code playbook.yml} names (where a build would have put it).
     */
    public Path site() {
        return out().resolve(release());
    }

    public String release() {
        Path versions = out().resolve("versions.json");
        try {
            if (Files.isRegularFile(versions)) {
                for (var entry : new com.fasterxml.jackson.databind.ObjectMapper().readTree(versions.toFile())) {
                    if (entry.path("latest").asBoolean()) {
                        return entry.path("name").asText();
                    }
                }
            }
            Path config = source().resolve("playbook.yml");
            if (Files.isRegularFile(config)) {
                var release = java.util.regex.Pattern.compile("(?m)^release:\\s*\"?([^\"\\s]+)").matcher(Files.readString(config));
                if (release.find()) {
                    return release.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "current";
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

    /** A file of the release ({@link #site()}). */
    public String output(String path) {
        return read(site().resolve(path));
    }

    /** A file beside the releases, in {@link #out()}. */
    public String rootOutput(String path) {
        return read(out().resolve(path));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean published(String path) {
        return Files.isRegularFile(site().resolve(path));
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
