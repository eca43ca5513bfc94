package dev.playbook.write;

import java.io.IOException;

/** Another build holds the output folder's lock. */
public final class OutputLockedException extends IOException {

    private final String pid;

    /** @param pid the holder's process id, empty when it could not be read */
    OutputLockedException(String shown, String pid) {
        super("another build is writing " + shown + (pid.isEmpty() ? "" : " (pid " + pid + ")")
                + "; wait for it or stop it");
        this.pid = pid;
    }

    /** The process id of the build that holds the lock, empty when unknown. */
    public String pid() {
        return pid;
    }
}
