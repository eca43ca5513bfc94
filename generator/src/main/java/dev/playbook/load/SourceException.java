package dev.playbook.load;

import dev.playbook.diag.Problem;

/** A source file that cannot be read at all, with the problem that says where and why. */
public final class SourceException extends Exception {

    private final transient Problem problem;

    public SourceException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
