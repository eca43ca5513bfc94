package dev.playbook.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of an output folder at a time: an operating-system lock on
 * {@code .<out>.lock} beside the output folder (which may not exist yet), with the holder's pid
 * inside for the message others get. The system releases it when the holder dies, so the lock of a
 * killed build is taken over by the next one as a matter of course. Taking it first completes a
 * publish that a killed build left unfinished, then removes what killed builds left behind.
 */
public final class OutputLock implements AutoCloseable {

    private final Path root;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean recovered;
    private final int leftovers;

    private OutputLock(Path root, Path file, FileChannel channel, FileLock lock, boolean recovered, int leftovers) {
        this.root = root;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.recovered = recovered;
        this.leftovers = leftovers;
    }

    /** The lock file of output folder {@code out}. */
    public static Path fileOf(Path out) {
        Path root = out.toAbsolutePath().normalize();
        return root.getParent().resolve("." + root.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code out}, or fails at once when another build holds it.
     *
     * @param shown how the output folder is named in the message (as the user typed it)
     * @throws OutputLockedException when another process, or another build in this one, holds it
     */
    public static OutputLock take(Path out, String shown) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        if (root.getParent() == null) {
            throw new IOException("cannot publish to the file-system root: " + root);
        }
        Files.createDirectories(root.getParent());
        Path file = fileOf(root);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already: a dev server, or another build in the same JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = readPid(channel);
            channel.close();
            throw new OutputLockedException(shown, holder);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            boolean recovered = Publication.recover(root);
            int leftovers = StagingFolders.removeLeftovers(root);
            return new OutputLock(root, file, channel, lock, recovered, leftovers);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String readPid(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(32);
            channel.read(bytes, 0);
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("[0-9]+") ? text : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Completes a publish that stopped halfway while this lock was held (the dev server holds it
     * across builds), then removes leftovers; what taking the lock does, again. Returns whether
     * there was one to complete.
     */
    public boolean recoverAgain() throws IOException {
        boolean again = Publication.recover(root);
        StagingFolders.removeLeftovers(root);
        return again;
    }

    /** The output folder. */
    public Path root() {
        return root;
    }

    /** Whether taking the lock completed a publish that a killed build had left unfinished. */
    public boolean recovered() {
        return recovered;
    }

    /** How many leftovers of killed builds (staging folders, temporary files) taking the lock removed. */
    public int leftoversRemoved() {
        return leftovers;
    }

    /** The lock file, beside the output folder. */
    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
