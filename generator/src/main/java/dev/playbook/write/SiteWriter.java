package dev.playbook.write;

import dev.playbook.model.UrlPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one folder of a build's output safely. Files go to a staging folder beside the output
 * folder (never inside it, so no host that syncs it sees them); only {@link #commit()} publishes
 * them, through a {@link Publication} that journals its steps, so a build that fails, or is
 * killed, leaves the published site as it was or completable to the new one. A file whose bytes
 * are already published is not rewritten (its date stays, deploys stay small). The manifest lists
 * what this tool wrote: only those files are ever replaced or removed, so files that others put
 * in the output folder are left alone.
 */
public final class SiteWriter implements AutoCloseable {

    public static final String MANIFEST = ".playbook-manifest";

    private final Path out;
    private final Path staging;
    private final Publication publication;
    /** A writer on its own publishes at its commit; one of several leaves that to the publication. */
    private final boolean own;
    private final Set<String> previous;
    private final Map<String, String> owners;
    private final Set<String> staged;
    /** Staging folders already made, so each is made once however many files it holds. */
    private final Set<Path> stagingFolders;
    private final AtomicLong bytes;
    /** For a view of a folder inside the writer's ({@link #within}): that folder, ending in "/"; else "". */
    private final String prefix;
    private boolean committed;

    private SiteWriter(Path out, Path staging, Publication publication, boolean own, Set<String> previous) {
        this.out = out;
        this.staging = staging;
        this.publication = publication;
        this.own = own;
        this.previous = previous;
        this.owners = new ConcurrentHashMap<>();
        this.staged = ConcurrentHashMap.newKeySet();
        this.stagingFolders = ConcurrentHashMap.newKeySet();
        this.bytes = new AtomicLong();
        this.prefix = "";
    }

    private SiteWriter(SiteWriter whole, String prefix) {
        this.out = whole.out;
        this.staging = whole.staging;
        this.publication = whole.publication;
        this.own = false;
        this.previous = whole.previous;
        this.owners = whole.owners;
        this.staged = whole.staged;
        this.stagingFolders = whole.stagingFolders;
        this.bytes = whole.bytes;
        this.prefix = whole.prefix + prefix;
    }

    /**
     * The same writer seen from a folder inside its own ({@code "es/"}): paths given to the view are
     * relative to that folder; its files are staged, claimed and committed with the writer's (one
     * manifest, one commit). A language of a multilingual release is written through one.
     */
    public SiteWriter within(String folder) {
        if (folder.isEmpty()) {
            return this;
        }
        if (!folder.endsWith("/") || !UrlPaths.isSafe(folder.substring(0, folder.length() - 1))) {
            throw new IllegalArgumentException("a folder inside the output folder, ending in \"/\": \"" + folder + "\"");
        }
        return new SiteWriter(this, folder);
    }

    /** Opens a writer for {@code out} (created on commit if missing) that publishes on its own at {@link #commit()}. */
    public static SiteWriter open(Path out) throws IOException {
        Publication publication = Publication.into(out);
        return new SiteWriter(publication.root(), publication.scratch(), publication, true, readManifest(publication.root()));
    }

    /**
     * Opens a writer for {@code out}, the publication's output folder or a folder inside it, whose
     * commit is published with the others of {@code publication}.
     */
    public static SiteWriter open(Path out, Publication publication) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        if (!absolute.startsWith(publication.root())) {
            throw new IllegalArgumentException(absolute + " is not inside " + publication.root());
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(absolute + " exists and is not a folder");
        }
        return new SiteWriter(absolute, publication.scratch(), publication, false, readManifest(absolute));
    }

    public Path out() {
        return prefix.isEmpty() ? out : out.resolve(prefix);
    }

    /**
     * Stages one output file. Thread-safe.
     *
     * @param owner who produces it (a source path), named when two outputs clash
     */
    public void write(String path, byte[] content, String owner) throws OutputClashException, IOException {
        path = prefix + path;
        claim(path, owner);
        Path target = out.resolve(path);
        if (samePublished(target, content)) {
            return;
        }
        checkNotForeign(path, target);
        try {
            Files.write(stagedFile(path), content);
        } catch (IOException e) {
            throw WriteFailure.of("writing " + target, e);
        }
        staged.add(path);
        bytes.addAndGet(content.length);
    }

    /** Whether the published file holds exactly these bytes; one that cannot be read is written again. */
    private static boolean samePublished(Path target, byte[] content) {
        try {
            return Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content);
        } catch (IOException e) {
            return false;
        }
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
        path = prefix + path;
        claim(path, owner);
        checkNotForeign(path, out.resolve(path));
        Path file = stagedFile(path);
        try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(stream);
        } catch (IOException e) {
            throw WriteFailure.of("writing " + out.resolve(path), e);
        }
        staged.add(path);
        bytes.addAndGet(Files.size(file));
    }

    /** Where a file is staged; its folder is made once, however many files it holds. */
    private Path stagedFile(String path) throws IOException {
        Path file = staging.resolve(path);
        Path folder = file.getParent();
        if (!stagingFolders.contains(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw WriteFailure.of("writing " + out.resolve(path), e);
            }
            stagingFolders.add(folder);
        }
        return file;
    }

    public void write(String path, String content, String owner) throws OutputClashException, IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8), owner);
    }

    /** Stages a copy of a file (an image, a theme asset). */
    public void copy(String path, Path source, String owner) throws OutputClashException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UnreadableSourceException(source, e);
        }
        write(path, bytes, owner);
    }

    /**
     * The bytes a file will have once committed: as staged by this writer, or as published when the
     * writer kept it; empty when this writer did not claim it.
     */
    public Optional<byte[]> claimed(String path) throws IOException {
        if (staged.contains(path)) {
            return Optional.of(Files.readAllBytes(stagedFile(path)));
        }
        Path file = out.resolve(path);
        return owners.containsKey(path) && Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /** The bytes of a file this tool published before, if it is still there. */
    public Optional<byte[]> published(String path) throws IOException {
        path = prefix + path;
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
        path = prefix + path;
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
    public boolean keepAll(java.util.Collection<String> given, String owner) throws OutputClashException {
        java.util.Collection<String> paths = prefix.isEmpty() ? given : given.stream().map(p -> prefix + p).toList();
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
    public int countPublished(String under) {
        String folder = prefix + under;
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
    public int keepPublished(String under, String owner) throws OutputClashException {
        String folder = prefix + under;
        int kept = 0;
        for (String path : previous) {
            if (path.startsWith(folder) && stillPublished(path)) {
                claim(path, owner);
                kept++;
            }
        }
        return kept;
    }

    /**
     * Publishes the staged files and removes files this tool wrote before but not now. A writer of
     * a {@link Publication} only adds its steps to it here; the publication runs them all at once.
     * Fails, with the output folder untouched, when a file or folder to change is read-only.
     */
    public CommitReport commit() throws IOException {
        if (!prefix.isEmpty()) {
            throw new IllegalStateException("a view of " + prefix + " is committed with its writer");
        }
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        committed = true;
        List<String> moving = new ArrayList<>(new TreeSet<>(staged));
        writeManifest();
        Set<String> stale = new TreeSet<>();
        for (String path : previous) {
            if (!owners.containsKey(path) && UrlPaths.isSafe(path)
                    && Files.exists(out.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                stale.add(path);
            }
        }
        publication.add(out, new CommitPlan(publication, out, staging, moving, stale).steps());
        if (own) {
            try {
                publication.execute();
            } catch (IOException e) {
                throw WriteFailure.of("publishing " + out, e);
            }
        }
        return new CommitReport(moving.size(), owners.size() - moving.size(), stale.size(), bytes.get());
    }

    /**
     * The files this writer's folder holds once committed, by path, each where its bytes are now:
     * staged, or already published. Only between {@link #commit()} and the publication's run (to
     * pack a release as it will be published).
     */
    public java.util.SortedMap<String, Path> committedFiles() {
        if (!committed) {
            throw new IllegalStateException("not committed yet");
        }
        java.util.SortedMap<String, Path> files = new java.util.TreeMap<>();
        for (String path : owners.keySet()) {
            files.put(path, staged.contains(path) ? staging.resolve(path) : out.resolve(path));
        }
        return files;
    }

    /** Discards the staged files; the output folder is untouched unless {@link #commit()} ran. */
    @Override
    public void close() throws IOException {
        if (!prefix.isEmpty()) {
            return; // its writer closes
        }
        if (own) {
            publication.close();
        } else if (!publication.pending()) {
            StagingFolders.deleteTree(staging);
        }
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

    /** Stages the manifest, published last by the commit's steps. */
    private void writeManifest() throws IOException {
        StringBuilder text = new StringBuilder("# Files written by Playbook; it replaces or removes only these.\n");
        new TreeSet<>(owners.keySet()).forEach(path -> text.append(path).append('\n'));
        try {
            Files.writeString(staging.resolve(MANIFEST), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailure.of("writing " + out.resolve(MANIFEST), e);
        }
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
}
