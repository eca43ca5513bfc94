package dev.playbook.load;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Walks a playbook folder in sorted order and reads every Markdown page (in parallel) into a
 * {@link SourceFile}. Hidden files and folders are skipped; YAML files are data (courses, the
 * glossary), read as text and never published; every other file is published as it is.
 */
public final class SourceLoader {

    public static final String CONFIG_FILE = "playbook.yml";

    private final Path root;
    private final String displayRoot;

    /**
     * @param root        the source folder
     * @param displayRoot how the folder is named in problems (e.g. {@code playbook})
     */
    public SourceLoader(Path root, String displayRoot) {
        this.root = Objects.requireNonNull(root, "root");
        this.displayRoot = Objects.requireNonNull(displayRoot, "displayRoot");
    }

    public String display(String path) {
        return displayRoot.isEmpty() || displayRoot.equals(".") ? path : displayRoot + "/" + path;
    }

    public static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    public SourceTree load(Problems problems) throws IOException {
        List<String> markdown = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        List<DataFile> data = new ArrayList<>();
        for (String path : walk()) {
            if (isMarkdown(path)) {
                markdown.add(path);
            } else if (isData(path)) {
                readData(path, problems).ifPresent(data::add);
            } else {
                statics.add(new StaticFile(path, root.resolve(path)));
            }
        }
        List<SourceFile> pages = markdown.parallelStream()
                .map(path -> read(path, problems))
                .flatMap(Optional::stream)
                .toList();
        return new SourceTree(pages, data, statics);
    }

    private Optional<DataFile> readData(String path, Problems problems) {
        String display = display(path);
        try {
            return Optional.of(new DataFile(path, display, SourceText.decode(Files.readAllBytes(root.resolve(path)), display)));
        } catch (SourceException e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(display), "cannot read file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Reads one page; a page that cannot be read is a problem, not a failed build of the rest. */
    public Optional<SourceFile> read(String path, Problems problems) {
        String display = display(path);
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            String text = SourceText.decode(bytes, display);
            FrontMatter.Split split = FrontMatter.split(text, display, problems);
            return Optional.of(new SourceFile(path, display, split.frontMatter(), split.body(), split.bodyLine(), hash(bytes)));
        } catch (SourceException e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(display), "cannot read file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** All regular files below the root, as sorted {@code /}-separated paths, hidden ones left out. */
    private List<String> walk() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(rel -> !isHidden(rel))
                    .map(rel -> rel.toString().replace('\\', '/'))
                    .filter(path -> !path.equals(CONFIG_FILE))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            String name = part.toString();
            if (name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isData(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }

    static long hash(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (crc.getValue() << 32) ^ bytes.length;
    }
}
