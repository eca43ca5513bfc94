package dev.playbook.releases;

/** A build of releases that cannot start as asked (a usage error): an invalid release name, no git repository. */
public final class ReleaseException extends Exception {
    public ReleaseException(String message) {
        super(message);
    }
}
