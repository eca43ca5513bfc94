package dev.playbook.serve;

import dev.playbook.write.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dev server killed with kill -9 leaves its temporary site; the next server removes it, and only it. */
class TemporarySitesTest {

    @TempDir
    Path temp;

    private Path site(String name, boolean old) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(Files.createDirectories(folder.resolve("current")).resolve("index.html"), "<p>served</p>");
        Files.writeString(OutputLock.fileOf(folder), "12345\n"); // the lock file a killed server left: no one holds it
        if (old) {
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        }
        return folder;
    }

    @Test
    void removesOnlyTheSitesOfServersThatAreGone() throws IOException {
        Path killed = site(TemporarySites.PREFIX + "1111", true);
        Path starting = site(TemporarySites.PREFIX + "2222", false);
        Path running = site(TemporarySites.PREFIX + "3333", true);
        Path other = site("not-playbook-serve-4444", true);
        try (OutputLock held = OutputLock.take(running, "running")) {
            Files.setLastModifiedTime(running, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
            assertEquals(1, TemporarySites.removeAbandoned(temp));
        }
        assertFalse(Files.exists(killed), "the killed server's site is removed");
        assertFalse(Files.exists(OutputLock.fileOf(killed)), "and its lock file");
        assertTrue(Files.exists(starting.resolve("current/index.html")), "a server still starting keeps its site");
        assertTrue(Files.exists(running.resolve("current/index.html")), "a running server keeps its site");
        assertTrue(Files.exists(other.resolve("current/index.html")), "other folders are never touched");
    }

    @Test
    void aMissingTemporaryFolderRemovesNothing() {
        assertEquals(0, TemporarySites.removeAbandoned(temp.resolve("gone")));
    }
}
