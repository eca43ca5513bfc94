package dev.playbook.write;

import dev.playbook.model.UrlPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes one build's output safely. Files go to a staging folder beside the output folder; only
 * {@link #commit()} moves them in, so a build that fails leaves the published site exactly as it
 * was. A file whose bytes are already published is not rewritten (its date stays, deploys stay
 * small). The manifest lists what this tool wrote: only those files are ever replaced or removed,
 * so files that others put in the output folder are left alone.
 */
public final class SiteWriter implements AutoCloseable {

    public static final String MANIFEST = ".playbook-manifest";

    private final Path out;
    private final Path staging;
    private final Set<String> previous;
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** Staging folders already made, so each is made once however many files it holds. */
    private final Set<Path> stagingFolders = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private SiteWriter(Path out, Path staging, Set<String> previous) {
        this.out = out;
        this.staging = staging;
        this.previous = previous;
    }

    /** Opens a writer for {@code out} (created on commit if missing). */
    public static SiteWriter open(Path out) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root: " + absolute);
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(absolute + " exists and is not a folder");
        }
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".staging-" + UUID.randomUUID());
        Files.createDirectory(staging);
        return new SiteWriter(absolute, staging, readManifest(absolute));
    }

    public Path out() {
        return out;
    }

    /**
     * Stages one output file. Thread-safe.
     *
     * @param owner who produces it (a source path), named when two outputs clash
     */
    public void write(String path, byte[] content, String owner) throws OutputClashException, IOException {
        claim(path, owner);
        Path target = out.resolve(path);
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        checkNotForeign(path, target);
        Files.write(stagedFile(path), content);
        staged.add(path);
        bytes.addAndGet(content.length);
    }

    /** Writes a file's content as it is made, for a large file such as a release's zip; it may close the stream. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Stages one output file written as a stream, without holding it in memory; it replaces the
     * published file whatever its bytes. Thread-safe.
     */
    public void write(String path, String owner, Content content) throws OutputClashException, IOException {
        claim(path, owner);
        checkNotForeign(path, out.resolve(path));
        Path file = stagedFile(path);
        try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(stream);
        }
        staged.add(path);
        bytes.addAndGet(Files.size(file));
    }

    /** Where a file is staged; its folder is made once, however many files it holds. */
    private Path stagedFile(String path) throws IOException {
        Path file = staging.resolve(path);
        Path folder = file.getParent();
        if (!stagingFolders.contains(folder)) {
            Files.createDirectories(folder);
            stagingFolders.add(folder);
        }
        return file;
    }

    public void write(String path, String content, String owner) throws OutputClashException, IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8), owner);
    }

    /** Stages a copy of a file (an image, a theme asset). */
    public void copy(String path, Path source, String owner) throws OutputClashException, IOException {
        write(path, Files.readAllBytes(source), owner);
    }

    /** The bytes of a file this tool published before, if it is still there. */
    public Optional<byte[]> published(String path) throws IOException {
        Path file = out.resolve(path);
        if (!previous.contains(path) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /**
     * Keeps one file this tool published before, without reading it, for a caller that knows its
     * bytes are what it would write (it published them itself and their input did not change).
     * Returns false, claiming nothing, when the file is no longer there: the caller writes it then.
     */
    public boolean keep(String path, String owner) throws OutputClashException {
        if (!stillPublished(path)) {
            return false;
        }
        claim(path, owner);
        return true;
    }

    /**
     * Keeps files this tool published before, all or none: false, claiming nothing, when one of
     * them is no longer there.
     */
    public boolean keepAll(java.util.Collection<String> paths, String owner) throws OutputClashException {
        // Tens of thousands of stats for a large site's redirect pages: on all cores.
        if (!paths.parallelStream().allMatch(this::stillPublished)) {
            return false;
        }
        for (String path : paths) {
            claim(path, owner);
        }
        return true;
    }

    /** Whether this tool published {@code path} before and it is still there. */
    private boolean stillPublished(String path) {
        return previous.contains(path) && Files.isRegularFile(out.resolve(path));
    }

    /** How many files this tool published before below {@code folder} are still there. */
    public int countPublished(String folder) {
        int count = 0;
        for (String path : previous) {
            if (path.startsWith(folder) && stillPublished(path)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Keeps the files this tool published before below {@code folder} as part of this build,
     * unchanged (for outputs whose input did not change). Returns how many were kept.
     */
    public int keepPublished(String folder, String owner) throws OutputClashException {
        int kept = 0;
        for (String path : previous) {
            if (path.startsWith(folder) && stillPublished(path)) {
                claim(path, owner);
                kept++;
            }
        }
        return kept;
    }

    /** Moves staged files into the output folder and removes files this tool wrote before but not now. */
    public CommitReport commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        List<String> moving = new ArrayList<>(new TreeSet<>(staged));
        if (!Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && moveWhole(staging, out)) {
            // A new output folder: the staging folder, which holds just this build's files, becomes it.
            Files.createDirectory(staging);
            return finish(moving, 0);
        }
        Files.createDirectories(out);
        Path realOut = out.toRealPath();
        // A staged folder whose place in the output folder is free moves in one rename (a new
        // release, a first build): tens of thousands of files then cost one step.
        Set<String> whole = newFolders(moving);
        List<String> single = new ArrayList<>();
        for (String path : moving) {
            if (!underAny(path, whole)) {
                single.add(path);
            }
        }
        for (String folder : whole) {
            Path target = out.resolve(folder);
            Files.createDirectories(target.getParent());
            if (!target.getParent().toRealPath().startsWith(realOut)) {
                throw new IOException("refusing to write through a link that leaves the output folder: " + target.getParent());
            }
            if (!moveWhole(staging.resolve(folder), target)) {
                moving.stream().filter(path -> path.startsWith(folder + "/")).forEach(single::add);
            }
        }
        // Each folder is made and checked once (a link must not lead out of the output folder), then
        // the files move on all cores: a large release has tens of thousands.
        Set<Path> folders = new TreeSet<>();
        single.forEach(path -> folders.add(out.resolve(path).getParent()));
        for (Path folder : folders) {
            Files.createDirectories(folder);
            if (!folder.toRealPath().startsWith(realOut)) {
                throw new IOException("refusing to write through a link that leaves the output folder: " + folder);
            }
        }
        try {
            single.parallelStream().forEach(path -> {
                try {
                    move(staging.resolve(path), out.resolve(path));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        int removed = 0;
        for (String path : previous) {
            if (!owners.containsKey(path) && UrlPaths.isSafe(path)) {
                Path stale = out.resolve(path);
                if (Files.deleteIfExists(stale)) {
                    removed++;
                    removeEmptyParents(stale.getParent());
                }
            }
        }
        return finish(moving, removed);
    }

    private CommitReport finish(List<String> moved, int removed) throws IOException {
        writeManifest();
        committed = true;
        deleteTree(staging);
        return new CommitReport(moved.size(), owners.size() - moved.size(), removed, bytes.get());
    }

    /** Renames a staged folder to a free place; false when the file system cannot (its files then move one by one). */
    private static boolean moveWhole(Path folder, Path target) throws IOException {
        try {
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            return false;
        }
    }

    /**
     * The outermost staged folders that do not exist in the output folder (not even as a link or
     * a file), so that everything below them is this build's and moves as one.
     */
    private Set<String> newFolders(List<String> paths) {
        Set<String> whole = new TreeSet<>();
        java.util.Map<String, Boolean> free = new java.util.HashMap<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            while (slash > 0) {
                String folder = path.substring(0, slash);
                if (whole.contains(folder)) {
                    break;
                }
                boolean isFree = free.computeIfAbsent(folder, f -> !Files.exists(out.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS));
                if (isFree) {
                    whole.add(folder);
                    break;
                }
                slash = path.indexOf('/', slash + 1);
            }
        }
        return whole;
    }

    private static boolean underAny(String path, Set<String> folders) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (folders.contains(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /** Discards the staged files; the output folder is untouched unless {@link #commit()} ran. */
    @Override
    public void close() throws IOException {
        deleteTree(staging);
    }

    private void claim(String path, String owner) throws OutputClashException {
        if (!UrlPaths.isSafe(path) || path.equals(MANIFEST)) {
            throw new OutputClashException(path, "refusing to write \"" + path + "\": outputs must stay inside the output folder");
        }
        String first = owners.putIfAbsent(path, owner);
        if (first != null) {
            throw new OutputClashException(path, "both " + first + " and " + owner + " publish " + path
                    + "; rename one of them");
        }
    }

    private void checkNotForeign(String path, Path target) throws OutputClashException {
        if (Files.exists(target) && !previous.contains(path)) {
            throw new OutputClashException(path, out.resolve(path) + " exists and was not written by Playbook;"
                    + " move it out of the output folder (Playbook never overwrites files it did not write)");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeEmptyParents(Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(out) && !f.equals(out); f = f.getParent()) {
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private void writeManifest() throws IOException {
        StringBuilder text = new StringBuilder("# Files written by Playbook; it replaces or removes only these.\n");
        new TreeSet<>(owners.keySet()).forEach(path -> text.append(path).append('\n'));
        Path manifest = out.resolve(MANIFEST);
        Path temporary = staging.resolve(MANIFEST);
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        move(temporary, manifest);
    }

    private static Set<String> readManifest(Path out) throws IOException {
        Path manifest = out.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                paths.add(line.strip());
            }
        }
        return paths;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
