package dev.playbook.write;

import dev.playbook.diag.Trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One publish into an output folder, made of the commits of several {@link SiteWriter}s (every
 * release folder a build wrote, and the files beside them): their steps are written to a
 * {@link Journal} first, then run, then the journal is removed. So right after any kill the output
 * folder holds either the old site or, while the journal is there, a state that the next process
 * to take the lock completes to exactly the new site ({@link #recover}). Until {@link #execute()}
 * the output folder is untouched: everything is staged in folders beside it.
 */
public final class Publication implements AutoCloseable {

    private final Path root;
    private final List<Path> staging = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private boolean executed;
    /** The journal is written and not yet removed: the staged files are the only copy of the new site. */
    private boolean pending;

    /** The steps of one writer's commit, run in order of their folder's depth (the output folder first). */
    private record Plan(int depth, List<Journal.Step> steps) { }

    private Publication(Path root) {
        this.root = root;
    }

    /**
     * A publish into the output folder {@code out} (made when missing). The caller holds its
     * {@link OutputLock}, or is the only writer (a test, a one-off build).
     */
    public static Publication into(Path out) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IOException("cannot publish to the file-system root: " + absolute);
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(absolute + " exists and is not a folder");
        }
        return new Publication(absolute);
    }

    /** The output folder. */
    public Path root() {
        return root;
    }

    /**
     * A new, empty folder beside the output folder for work files of this build (a tagged
     * release's source, a writer's staged files); removed when this publication closes, and by the
     * next build if this one is killed.
     */
    public synchronized Path scratch() throws IOException {
        Files.createDirectories(root.getParent());
        Path folder = StagingFolders.create(root);
        staging.add(folder);
        return folder;
    }

    /** A step's path as the journal names it: relative to the output folder's parent. */
    String name(Path path) {
        Path relative = root.getParent().relativize(path.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    synchronized void add(Path out, List<Journal.Step> steps) {
        if (executed) {
            throw new IllegalStateException("already published");
        }
        plans.add(new Plan(root.relativize(out).getNameCount() - (out.equals(root) ? 1 : 0), List.copyOf(steps)));
    }

    /** Runs every commit added: journal, steps, then the journal's removal. */
    public synchronized void execute() throws IOException {
        if (executed) {
            throw new IllegalStateException("already published");
        }
        executed = true;
        List<Journal.Step> steps = new ArrayList<>();
        plans.stream().sorted(Comparator.comparingInt(Plan::depth)).forEach(plan -> steps.addAll(plan.steps()));
        if (steps.isEmpty()) {
            return;
        }
        Trace.step("publish: journal");
        Journal.write(root, steps);
        pending = true;
        Trace.step("publish: steps");
        try {
            run(root, steps);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; the publish is journaled, and the next build of this folder"
                    + " completes it once the cause is fixed", e);
        }
        Trace.step("publish: done");
        Journal.remove(root);
        pending = false;
    }

    /** Whether a publish stopped halfway: its journal still needs the staged files, so they must stay. */
    synchronized boolean pending() {
        return pending;
    }

    /**
     * Completes a publish that a killed process left unfinished: runs its journal's steps again.
     * Call with the lock held, before anything else touches the output folder. Returns whether
     * there was one.
     */
    static boolean recover(Path root) throws IOException {
        java.util.Optional<List<Journal.Step>> steps = Journal.read(root);
        if (steps.isEmpty()) {
            return false;
        }
        run(root, steps.get());
        Journal.remove(root);
        return true;
    }

    /** Runs steps in order (runs of file renames on all cores), then flushes the folders they changed. */
    private static void run(Path root, List<Journal.Step> steps) throws IOException {
        Path base = root.getParent();
        Set<Path> touched = new TreeSet<>();
        int i = 0;
        while (i < steps.size()) {
            Journal.Step step = steps.get(i);
            if (step.kind() == Journal.Kind.FILE) {
                int end = i;
                while (end < steps.size() && steps.get(end).kind() == Journal.Kind.FILE) {
                    end++;
                }
                List<Journal.Step> files = steps.subList(i, end);
                try {
                    files.parallelStream().forEach(file -> {
                        try {
                            moveFile(base.resolve(file.from()), base.resolve(file.to()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                files.forEach(file -> touched.add(base.resolve(file.to()).getParent()));
                i = end;
                continue;
            }
            Path from = base.resolve(step.from());
            switch (step.kind()) {
                case MKDIRS -> Files.createDirectories(from);
                case FOLDER -> {
                    moveFolder(from, base.resolve(step.to()));
                    touched.add(base.resolve(step.to()).getParent());
                }
                case DELETE -> {
                    Files.deleteIfExists(from);
                    touched.add(from.getParent());
                }
                case PRUNE -> prune(base.resolve(step.to()), from);
                default -> throw new IllegalStateException(step.kind().name());
            }
            i++;
        }
        touched.forEach(Journal::syncFolder);
    }

    /** Renames a staged file over its target; a second run finds it gone and does nothing. */
    private static void moveFile(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Renames a staged folder to its free place in one step; where the file system cannot (another
     * file system, or the place was taken meanwhile), its files move one by one.
     */
    private static void moveFolder(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // One by one, below.
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            moveFile(file, target);
        }
        StagingFolders.deleteTree(from);
    }

    private static void prune(Path top, Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(top) && !f.equals(top); f = f.getParent()) {
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    /** Removes this publication's staging folders (what was published has left them). */
    @Override
    public synchronized void close() throws IOException {
        if (pending) {
            return; // the next build completes the journal from these folders, then removes them
        }
        IOException failure = null;
        for (Path folder : staging) {
            try {
                StagingFolders.deleteTree(folder);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        staging.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
