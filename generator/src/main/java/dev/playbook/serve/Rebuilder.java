package dev.playbook.serve;

import dev.playbook.diag.Problem;
import dev.playbook.releases.ReleaseException;
import dev.playbook.theme.ThemeNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns saves into builds. One thread waits for the watcher's batches; another builds: first the
 * pages (published at once, and open pages told to reload), then, when no newer save is waiting,
 * the search index and the release's late files. A build with errors publishes nothing; pages are
 * told the errors instead and keep showing the last good build.
 */
final class Rebuilder implements AutoCloseable {

    private final SiteSession session;
    private final LiveEvents events;
    private final List<Path> watched;
    private final Consumer<String> log;
    private final boolean timings;
    private final BlockingQueue<SourceWatcher.Batch> batches = new LinkedBlockingQueue<>();
    private final Object idle = new Object();
    private volatile SiteSession.Outcome last;
    private volatile boolean building;
    private volatile boolean closed;
    private Optional<SourceWatcher> watcher = Optional.empty();
    private final List<Thread> threads = new ArrayList<>();

    Rebuilder(SiteSession session, LiveEvents events, List<Path> watched, boolean timings, Consumer<String> log) {
        this.timings = timings;
        this.session = session;
        this.events = events;
        this.watched = watched.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.log = log;
    }

    /** The first build: everything, search index included. */
    void buildNow() throws ThemeNotFoundException, ReleaseException {
        SiteSession.Outcome outcome = session.build(false);
        report(outcome, "Built");
    }

    /** Starts watching and rebuilding. */
    void start() throws IOException {
        SourceWatcher sourceWatcher = new SourceWatcher(watched);
        watcher = Optional.of(sourceWatcher);
        Thread watching = new Thread(() -> {
            try {
                for (Optional<SourceWatcher.Batch> batch = sourceWatcher.next(); batch.isPresent(); batch = sourceWatcher.next()) {
                    synchronized (idle) {
                        batches.add(batch.get());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "playbook-watch");
        Thread rebuilding = new Thread(this::rebuildLoop, "playbook-rebuild");
        for (Thread thread : List.of(watching, rebuilding)) {
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    SiteSession.Outcome last() {
        return last;
    }

    private void rebuildLoop() {
        boolean late = false;
        while (!closed) {
            try {
                SourceWatcher.Batch batch = late ? batches.poll() : batches.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    if (late) {
                        late = false;
                        building = true;
                        report(session.build(false), "Search index");
                    }
                    markIdle();
                    continue;
                }
                building = true;
                List<SourceWatcher.Batch> all = new ArrayList<>(List.of(batch));
                batches.drainTo(all);
                forget(all);
                SiteSession.Outcome outcome = session.build(true);
                report(outcome, "Rebuilt");
                late = outcome.published();
            } catch (InterruptedException e) {
                return;
            } catch (ThemeNotFoundException | ReleaseException | RuntimeException e) {
                if (closed) {
                    return; // stopped in the middle of a build (Ctrl-C): nothing to report
                }
                log.accept("playbook serve: rebuild failed: " + e.getMessage());
                late = false;
            }
        }
    }

    private void markIdle() {
        synchronized (idle) {
            if (batches.isEmpty()) {
                building = false;
                idle.notifyAll();
            }
        }
    }

    /** Tells the session which source files changed; on a dropped event, every file may have. */
    private void forget(List<SourceWatcher.Batch> all) {
        Path source = watched.get(0);
        Set<String> paths = new TreeSet<>();
        for (SourceWatcher.Batch batch : all) {
            for (Path path : batch.paths()) {
                if (path.startsWith(source)) {
                    paths.add(source.relativize(path).toString().replace('\\', '/'));
                }
            }
            if (batch.overflow()) {
                session.changedAll();
            }
        }
        session.changed(paths);
    }

    private void report(SiteSession.Outcome outcome, String what) {
        last = outcome;
        List<Problem> errors = outcome.errors();
        int warnings = outcome.problems().size() - errors.size();
        LiveState before = events.state();
        long build = outcome.published() ? before.build() + 1 : before.build();
        if (what.equals("Search index") && outcome.published() && errors.isEmpty() && before.errors().isEmpty()) {
            // The pages did not change: open pages need not reload for the index.
            build = before.build();
        }
        Optional<String> release = outcome.published() ? outcome.release() : before.release();
        events.publish(new LiveState(build, errors, warnings, release));
        if (outcome.published()) {
            log.accept(String.format("%s in %d ms%s%s", what, outcome.millis(), warnings > 0 ? " (" + warnings + " warning(s))" : "",
                    timings ? stages(outcome) : ""));
        } else {
            log.accept(String.format("%d error(s); still serving the last good build:", errors.size()));
            errors.forEach(p -> log.accept("  " + p.format()));
        }
    }

    /** The stages that took a millisecond or more, in the order they ran: " [load 12 ms, render 40 ms]". */
    private static String stages(SiteSession.Outcome outcome) {
        List<String> parts = new ArrayList<>();
        outcome.stageMillis().forEach((stage, millis) -> {
            if (millis > 0) {
                parts.add(stage + " " + millis + " ms");
            }
        });
        return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (building || !batches.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (watcher.isPresent()) {
            watcher.get().close();
        }
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
