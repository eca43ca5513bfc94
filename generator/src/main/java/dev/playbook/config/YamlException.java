package dev.playbook.config;

import dev.playbook.diag.Problem;

/** YAML that cannot be read, with the problem that says where and why. */
public final class YamlException extends java.io.IOException {

    private final transient Problem problem;

    public YamlException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
