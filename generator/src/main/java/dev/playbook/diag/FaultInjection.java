package dev.playbook.diag;

/**
 * A defect on demand, for the tests that prove one page's failure stays that page's problem: with
 * {@code -Dplaybook.fault=<activity>:<file>} (or the environment variable {@code PLAYBOOK_FAULT}),
 * the named activity throws when it reaches a file whose shown path ends with {@code <file>}
 * ({@code rendering:standards/greet.md}). Unset, it does nothing; it changes nothing else.
 */
public final class FaultInjection {

    private static final String ENVIRONMENT = System.getenv("PLAYBOOK_FAULT");

    private FaultInjection() {
    }

    /** Throws when a fault is asked for at this activity and file. */
    public static void at(String activity, String file) {
        String wanted = System.getProperty("playbook.fault", ENVIRONMENT);
        if (wanted == null) {
            return;
        }
        int colon = wanted.indexOf(':');
        if (colon > 0 && wanted.substring(0, colon).equals(activity) && file.endsWith(wanted.substring(colon + 1))) {
            throw new IllegalStateException("a fault injected for a test (" + activity + " " + file + ")");
        }
    }
}
