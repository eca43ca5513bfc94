package dev.playbook.releases;

/** A build of releases that cannot start as asked (a usage error): an invalid release name, no git repository. */
public class ReleaseException extends Exception {
    public ReleaseException(String message) {
        super(message);
    }

    /** Another build holds the output folder's lock: "another build is writing site-out (pid N); wait for it or stop it". */
    public static final class OutputLocked extends ReleaseException {
        public OutputLocked(String message) {
            super(message);
        }
    }
}
