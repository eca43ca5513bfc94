package dev.playbook.bench.measure;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a command to completion, timing it from the parent and polling its peak resident memory. */
public final class ProcessTimer {
    private static final long POLL_MILLIS = 20;
    private static final int STDERR_KEEP = 64 * 1024;

    public ProcessRun run(List<String> command, Path workingDir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> stdout = new ArrayList<>();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        AtomicLong peakKb = new AtomicLong();
        Thread outReader = daemon("stdout", () -> readLines(process.getInputStream(), stdout));
        Thread errReader = daemon("stderr", () -> readTail(process.getErrorStream(), stderr));
        Thread poller = daemon("rss", () -> poll(process, peakKb));
        int exitCode = process.waitFor();
        long wallNanos = System.nanoTime() - start;
        outReader.join();
        errReader.join();
        poller.join();
        // join() hands the readers' collections over to this thread; no locking needed.
        return new ProcessRun(command, exitCode, wallNanos, stdout, stderr.toString(StandardCharsets.UTF_8),
                peakKb.get());
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, "bench-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void readLines(InputStream in, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps only the last part of stderr: enough to explain a failure, bounded for a chatty child. */
    private static void readTail(InputStream in, ByteArrayOutputStream tail) {
        try (in) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                tail.write(buffer, 0, read);
                if (tail.size() > 2 * STDERR_KEEP) {
                    byte[] all = tail.toByteArray();
                    tail.reset();
                    tail.write(all, all.length - STDERR_KEEP, STDERR_KEEP);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void poll(Process process, AtomicLong peakKb) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            peakKb.accumulateAndGet(vmHwmKb(status), Math::max);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** VmHWM ("high water mark" of resident memory) in kB, or 0 once the process is gone or on a system without /proc. */
    static long vmHwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process may exit between isAlive and the read; the previous samples stand.
        }
        return 0;
    }
}
