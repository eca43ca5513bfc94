package dev.playbook.bench.measure;

import java.util.List;

/**
 * One finished child process as the parent saw it.
 *
 * @param wallNanos       from just before start to the end of {@code waitFor}, process start-up included
 * @param polledPeakRssKb largest VmHWM seen while polling {@code /proc/<pid>/status}, 0 if never readable
 */
public record ProcessRun(List<String> command, int exitCode, long wallNanos, List<String> stdout, String stderr,
                  long polledPeakRssKb) {
    public ProcessRun {
        command = List.copyOf(command);
        stdout = List.copyOf(stdout);
    }
}
