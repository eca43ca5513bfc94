package dev.playbook.diag;

import java.io.PrintStream;

/**
 * A diagnostic for people and tests that need to know where a build is: with the environment
 * variable {@code PLAYBOOK_TRACE=stages}, every stage and publishing step prints
 * {@code playbook: trace: <step>} to standard error as it starts. The fault tests use it to kill a
 * build at chosen moments; it changes nothing else.
 */
public final class Trace {

    private static final boolean STAGES = "stages".equals(System.getenv("PLAYBOOK_TRACE"));

    private Trace() {
    }

    /** Says that {@code step} starts now, when tracing is on. */
    public static void step(String step) {
        if (STAGES) {
            PrintStream err = System.err;
            synchronized (err) {
                err.println("playbook: trace: " + step);
                err.flush();
            }
        }
    }
}
