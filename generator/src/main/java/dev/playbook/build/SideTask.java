package dev.playbook.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Work that runs beside a build's other stages, in a pool of its own: its parallel streams then
 * run on its own threads, and the build's stages and it never wait on each other's tasks (sharing
 * the common pool, each helped the other and both lost time spinning). {@link #finish} waits for
 * the work, whatever happened meanwhile, and rethrows its failure: nothing it writes can outlive
 * the build that started it.
 */
final class SideTask {

    private final ForkJoinPool pool;
    private final ForkJoinTask<?> task;
    /** What the work threw; a Runnable can throw only unchecked exceptions and errors. */
    private volatile Throwable failure;

    private SideTask(String name, Runnable work) {
        this.pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setName(name + "-" + thread.getPoolIndex());
            return thread;
        }, null, false);
        // Caught here rather than taken from the task: a ForkJoinTask rethrows a copy of its failure.
        this.task = pool.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        });
    }

    static SideTask start(String name, Runnable work) {
        return new SideTask(name, work);
    }

    /** Waits for the work to end, then rethrows what it threw. */
    void finish() {
        join();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Waits for the work to end after the build failed with {@code primary}, which keeps what the work threw. */
    void finishAfter(Throwable primary) {
        join();
        if (failure != null && failure != primary) {
            primary.addSuppressed(failure);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the work writes into the build's output: it must end first
            } catch (ExecutionException e) {
                break; // cannot happen: the work catches what it throws
            }
        }
        pool.shutdown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
