package dev.playbook.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the file system's refusals into messages that name the file and say what to do: disk full,
 * a size limit, a read-only file system, no permission. The original exception stays the cause.
 */
final class WriteFailure {

    private WriteFailure() {
    }

    /** @param what what was being done, e.g. {@code writing site-out/2026.2/index.html} */
    static IOException of(String what, IOException e) {
        if (e instanceof OutputLockedException) {
            return e;
        }
        String reason = reason(e);
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        String advice;
        if (lower.contains("no space left")) {
            advice = "; free some space and build again";
        } else if (lower.contains("file too large")) {
            advice = "; the file is larger than this file system or the size limit (ulimit -f) allows";
        } else if (lower.contains("read-only file system")) {
            advice = "; the output is on a read-only file system: build into a writable --out";
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            advice = "; make it writable (chmod u+w) or build into another --out";
        } else if (e instanceof NoSuchFileException) {
            advice = "; it was removed while building: build again";
        } else {
            advice = "";
        }
        IOException described = new IOException(what + ": " + reason + advice, e);
        return described;
    }

    /** The system's reason, without the path Java puts in front of it. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (e instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            return e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
