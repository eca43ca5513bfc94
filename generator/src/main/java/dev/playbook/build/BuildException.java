package dev.playbook.build;

/** A build that broke for a reason other than the content (I/O, a defect), named with its stage. */
public final class BuildException extends RuntimeException {
    public BuildException(String stage, Throwable cause) {
        super("stage " + stage + " failed: " + cause.getMessage(), cause);
    }
}
