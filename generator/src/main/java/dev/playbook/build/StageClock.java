package dev.playbook.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs named stages, timing each and wrapping unexpected failures with the stage's name. */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T run(String stage, Callable<T> work) {
        dev.playbook.diag.Trace.step(stage);
        long start = System.nanoTime();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e instanceof BuildException ? e : new BuildException(stage, e);
        } catch (Exception e) {
            throw new BuildException(stage, e);
        } finally {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            synchronized (millis) {
                millis.merge(stage, elapsed, Long::sum); // the search index is timed on a thread of its own
            }
        }
    }

    Map<String, Long> millis() {
        synchronized (millis) {
            return new LinkedHashMap<>(millis);
        }
    }
}
