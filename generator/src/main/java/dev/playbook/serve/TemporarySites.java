package dev.playbook.serve;

import dev.playbook.write.OutputLock;
import dev.playbook.write.OutputLockedException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * The temporary folders {@code serve} builds into when no {@code --out} is given. A server that
 * stops removes its own; one killed with {@code kill -9} cannot, so each new server removes the
 * folders of servers that are gone: those whose lock no live process holds (the system releases a
 * lock when its holder dies), and that are older than a minute, so that a server still starting is
 * never touched.
 */
public final class TemporarySites {

    /** The prefix of every such folder in the system's temporary folder. */
    public static final String PREFIX = "playbook-serve-";
    private static final Duration STARTING = Duration.ofMinutes(1);

    private TemporarySites() {
    }

    /** A new folder for a server. */
    public static Path create() throws IOException {
        return Files.createTempDirectory(PREFIX);
    }

    /** Removes the folders of killed servers from {@code temp}; returns how many. Failures leave a folder for the next time. */
    public static int removeAbandoned(Path temp) {
        int removed = 0;
        Instant startedBefore = Instant.now().minus(STARTING);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) && olderThan(folder, startedBefore)
                        && removeIfAbandoned(folder)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return removed;
        }
        return removed;
    }

    private static boolean olderThan(Path folder, Instant time) throws IOException {
        FileTime modified = Files.getLastModifiedTime(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return modified.toInstant().isBefore(time);
    }

    private static boolean removeIfAbandoned(Path folder) {
        try (OutputLock lock = OutputLock.take(folder, folder.toString())) {
            Rebuilder.deleteTree(folder);
            Files.deleteIfExists(lock.file());
            return true;
        } catch (OutputLockedException e) {
            return false; // a live server's
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
