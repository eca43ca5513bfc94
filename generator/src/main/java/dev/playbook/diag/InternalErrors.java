package dev.playbook.diag;

import java.io.PrintWriter;

/**
 * Turns a defect met while working on one file into that file's problem, so that the build goes
 * on collecting problems and publishes nothing:
 * {@code page.md: error: internal error while rendering: <message>; please report it ...}.
 * No user sees a stack trace unless they asked for one with {@code --debug}, which sends each
 * one, as it happens, to the command's error stream.
 */
public final class InternalErrors {

    /** Where {@code --debug} wants stack traces; null when off. One command runs per process (or test at a time). */
    private static volatile PrintWriter debug;

    private InternalErrors() {
    }

    /** Prints stack traces of internal errors to {@code err} from now on ({@code --debug}). */
    public static void debugTo(PrintWriter err) {
        debug = err;
    }

    /** Stops printing stack traces (the end of a command). */
    public static void quiet() {
        debug = null;
    }

    public static boolean debugging() {
        return debug != null;
    }

    /**
     * The problem for a defect met while {@code activity} ("rendering", "laying out") the file at
     * {@code at}; with {@code --debug}, also prints its stack trace.
     */
    public static Problem problem(SourcePosition at, String activity, Throwable defect) {
        PrintWriter err = debug;
        if (err != null) {
            synchronized (err) {
                err.println("playbook: debug: internal error while " + activity + " " + at.file() + ":");
                defect.printStackTrace(err);
                err.flush();
            }
        }
        return Problem.error(at, "internal error while " + activity + ": " + describe(defect)
                + "; please report it, with this file if you can (run with --debug to see where it happened)");
    }

    /** A defect in one line: the first line of its message, else its kind ("StackOverflowError"). */
    public static String describe(Throwable defect) {
        String message = defect.getMessage();
        if (message == null || message.isBlank()) {
            return defect.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
