package dev.playbook.load;

import dev.playbook.diag.FaultInjection;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Walks a playbook folder in sorted order and reads every Markdown page (in parallel) into a
 * {@link SourceFile}. Hidden files and folders are skipped; YAML files are data (courses, the
 * glossary, metrics), read as text and never published; CSV files are data too, and published; Markdown in folders named with a leading {@code _}
 * is included by pages, never published itself; every other file is published as it is.
 */
public final class SourceLoader {

    public static final String CONFIG_FILE = "playbook.yml";

    /**
     * The one line to print when {@code source} is a folder without {@code playbook.yml} (a handbook
     * from another generator, most likely): how to make one. Empty when there is one, or no folder
     * (the build explains that). {@code display} is how the folder is named to the user.
     */
    public static Optional<String> missingConfig(Path source, String display) {
        if (!Files.isDirectory(source) || Files.exists(source.resolve(CONFIG_FILE))) {
            return Optional.empty();
        }
        return Optional.of("playbook: no playbook.yml in " + display + ": run \"playbook init --from " + display
                + "\" to make one for this handbook");
    }

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
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx");
    }

    public SourceTree load(Problems problems) throws IOException {
        return load(problems, new SourceCache());
    }

    /**
     * Loads the folder, reading again only the pages whose size or modification time differ from
     * what the cache holds; problems of pages taken from the cache are reported again.
     */
    public SourceTree load(Problems problems, SourceCache cache) throws IOException {
        List<String> markdown = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        Map<String, BasicFileAttributes> stamps = new HashMap<>();
        List<DataFile> data = new ArrayList<>();
        List<DataFile> partials = new ArrayList<>();
        for (String path : walk(stamps, problems)) {
            if (isPartial(path) && !opensWithFrontMatter(root.resolve(path))) {
                readData(path, problems).ifPresent(partials::add);
            } else if (isMarkdown(path)) {
                markdown.add(path);
            } else if (isData(path)) {
                readData(path, problems).ifPresent(data::add);
            } else if (isTable(path)) {
                // A CSV file is published as it is (a reader may download it) and read as data (a metric's measurements).
                readData(path, problems).ifPresent(data::add);
                statics.add(new StaticFile(path, root.resolve(path)));
            } else {
                statics.add(new StaticFile(path, root.resolve(path)));
            }
        }
        cache.retain(markdown);
        List<SourceFile> pages = markdown.parallelStream()
                .map(path -> cached(path, stamps.get(path), cache, problems))
                .flatMap(Optional::stream)
                .toList();
        return new SourceTree(pages, data, statics, partials);
    }

    private Optional<DataFile> readData(String path, Problems problems) {
        String display = display(path);
        try {
            Optional<Problem> tooLarge = SourceLimits.fileTooLarge(display, Files.size(root.resolve(path)), false);
            if (tooLarge.isPresent()) {
                problems.add(tooLarge.get());
                return Optional.empty();
            }
            return Optional.of(new DataFile(path, display, SourceText.decode(Files.readAllBytes(root.resolve(path)), display)));
        } catch (SourceException e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(display), unreadable(e)));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(InternalErrors.problem(SourcePosition.of(display), "loading", e));
        }
        return Optional.empty();
    }

    private Optional<SourceFile> cached(String path, BasicFileAttributes attributes, SourceCache cache, Problems problems) {
        {
            Optional<SourceCache.Entry> known = cache.get(path, attributes.size(), attributes.lastModifiedTime());
            if (known.isPresent()) {
                problems.addAll(known.get().problems());
                return known.get().file();
            }
            Problems own = new Problems();
            Optional<SourceFile> read = read(path, own);
            cache.put(path, new SourceCache.Entry(attributes.size(), attributes.lastModifiedTime(), read, own.sorted()));
            problems.addAll(own.sorted());
            return read;
        }
    }

    /** Reads one page; a page that cannot be read is a problem, not a failed build of the rest. */
    public Optional<SourceFile> read(String path, Problems problems) {
        String display = display(path);
        try {
            Optional<Problem> tooLarge = SourceLimits.fileTooLarge(display, Files.size(root.resolve(path)), true);
            if (tooLarge.isPresent()) {
                // Kept as an empty page, so that links to it do not add false problems.
                problems.add(tooLarge.get());
                return Optional.of(new SourceFile(path, display, dev.playbook.config.YamlDocument.empty(display, 0), "", 1,
                        hash(new byte[0])));
            }
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            FaultInjection.at("loading", display);
            String text = SourceText.decode(bytes, display);
            FrontMatter.Split split = FrontMatter.split(text, display, problems);
            return Optional.of(new SourceFile(path, display, split.frontMatter(), split.body(), split.bodyLine(), hash(bytes)));
        } catch (SourceException e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(display), unreadable(e)));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(InternalErrors.problem(SourcePosition.of(display), "loading", e));
        }
        return Optional.empty();
    }

    /**
     * All regular files below the root, as sorted {@code /}-separated paths, hidden ones left out;
     * their attributes (read once, in the same walk) go into {@code stamps}.
     */
    private List<String> walk(Map<String, BasicFileAttributes> stamps, Problems problems) throws IOException {
        List<String> paths = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes found) throws IOException {
                // A link to a file is read as the file, as it always was; links to folders are not
                // followed (so a link cannot loop); a link that leads nowhere is skipped.
                if (found.isSymbolicLink() && !isHidden(root.relativize(file))) {
                    String shown = display(root.relativize(file).toString().replace('\\', '/'));
                    if (!Files.exists(file)) {
                        problems.add(Problem.warning(SourcePosition.of(shown), "is a symbolic link that leads nowhere"
                                + " (or to itself, in a loop); it is skipped: fix or remove the link"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isDirectory(file)) {
                        problems.add(Problem.warning(SourcePosition.of(shown), "is a symbolic link to a folder; links to"
                                + " folders are not followed (they could loop), so it is skipped: copy the folder in instead"));
                        return FileVisitResult.CONTINUE;
                    }
                }
                BasicFileAttributes attributes = found.isSymbolicLink() && Files.exists(file)
                        ? Files.readAttributes(file, BasicFileAttributes.class) : found;
                if (attributes.isRegularFile()) {
                    Path rel = root.relativize(file);
                    String path = rel.toString().replace('\\', '/');
                    if (!isHidden(rel) && !path.equals(CONFIG_FILE)) {
                        paths.add(path);
                        stamps.put(path, attributes);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                // A folder that cannot be read, or a file removed while the walk ran: a problem at its place.
                problems.add(Problem.error(SourcePosition.of(display(root.relativize(file).toString().replace('\\', '/'))),
                        unreadable(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        paths.sort(null);
        return paths;
    }

    /** Why a file could not be read, without the path the problem already names, and what to do. */
    static String unreadable(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot read file: it was removed while building; build again";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read file: permission denied; make it readable (chmod a+r) or remove it";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return "cannot read file: " + reason;
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

    /**
     * Markdown inside a folder whose name starts with {@code _} ({@code _includes/}, {@code _snippets/}):
     * text for pages to include, as Jekyll keeps it, not a page of its own, unless it opens with front
     * matter (see {@link #opensWithFrontMatter}).
     */
    /**
     * Whether a file starts with a front-matter fence. Jekyll renders exactly the files that do, so
     * Markdown in {@code _posts/}, {@code _drafts/} and collections ({@code _docs/}) is a page, while an
     * include without front matter stays text to include. An unreadable file is left to the reader of
     * pages, which reports it at its place.
     */
    static boolean opensWithFrontMatter(Path file) {
        byte[] start = new byte[6];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, start.length);
            String text = new String(start, 0, read, java.nio.charset.StandardCharsets.UTF_8);
            return text.replace("\uFEFF", "").startsWith("---");
        } catch (java.io.IOException e) {
            return true;
        }
    }

    static boolean isPartial(String path) {
        if (!isMarkdown(path)) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        for (String folder : path.substring(0, Math.max(0, slash)).split("/")) {
            if (folder.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTable(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".csv");
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
