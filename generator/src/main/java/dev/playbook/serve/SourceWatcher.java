package dev.playbook.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and every folder below them (new ones included) and hands out the changed files
 * in batches: a batch ends once the folders were quiet for {@link #QUIET_MILLIS}, so one save
 * (often several file events) makes one rebuild.
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 25;
    static final long MAX_BATCH_MILLIS = 300;

    /**
     * The files that changed.
     *
     * @param overflow true when the system dropped events: anything may have changed
     */
    record Batch(Set<Path> paths, boolean overflow) { }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    SourceWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
    }

    /** Waits for a change, then for quiet; empty when the watcher was closed. */
    Optional<Batch> next() throws InterruptedException {
        Set<Path> paths = new TreeSet<>();
        boolean overflow;
        try {
            WatchKey key = service.take();
            overflow = drain(key, paths);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BATCH_MILLIS);
            while (System.nanoTime() < deadline) {
                WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (more == null) {
                    break;
                }
                overflow |= drain(more, paths);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(new Batch(paths, overflow));
    }

    private boolean drain(WatchKey key, Set<Path> paths) {
        boolean overflow = false;
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (inBuildCache(path)) {
                continue; // written by `playbook build`, not by the editor
            }
            paths.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    // Files may have landed in the new folder before it was watched.
                    try (Stream<Path> inside = Files.walk(path)) {
                        inside.forEach(paths::add);
                    }
                } catch (IOException | UncheckedIOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    private static boolean inBuildCache(Path path) {
        for (Path name : path) {
            if (name.toString().equals(dev.playbook.build.StoredCache.FOLDER)) {
                return true;
            }
        }
        return false;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
