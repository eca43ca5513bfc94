package dev.playbook.write;

/** What a commit changed in the output folder. */
public record CommitReport(int written, int unchanged, int removed, long bytes) {
}
