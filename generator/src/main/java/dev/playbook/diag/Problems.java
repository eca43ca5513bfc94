package dev.playbook.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The problems of one build, collected from every stage and thread, reported sorted.
 * Collecting (rather than throwing at the first) lets an editor fix every mistake in one pass.
 */
public final class Problems {

    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(found::add);
    }

    public void error(SourcePosition at, String message) {
        add(Problem.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Problem.warning(at, message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem once, in file, line, column order. */
    public List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(found.stream().distinct().toList());
        all.sort(Problem.ORDER);
        return List.copyOf(all);
    }
}
