package dev.playbook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: the tuned JVM's heap ceiling follows the source's text, within the machine's memory. */
class TunedJvmTest {

    @TempDir
    Path dir;

    @Test
    void theHeapFollowsTheTextOfTheSource() throws IOException {
        Files.createDirectories(dir.resolve("guides"));
        Files.write(dir.resolve("guides/a.md"), new byte[50_000_000]);
        Files.write(dir.resolve("data.yml"), new byte[10_000_000]);
        Files.write(dir.resolve("photo.png"), new byte[90_000_000]); // copied, never held
        assertEquals(60_000_000, TunedJvm.textBytes(dir));
        long sixteenGigabytes = 16L << 30;
        assertEquals(TunedJvm.BASE_HEAP + 12 * 60_000_000L, TunedJvm.heapFor(dir, sixteenGigabytes));
        assertEquals(768L << 20, TunedJvm.heapFor(dir, 1L << 30), "at most three quarters of the memory");
    }

    @Test
    void aSmallOrMissingSourceGetsTheFloor() {
        assertEquals(512L << 20, TunedJvm.heapFor(dir, 16L << 30));
        assertEquals(512L << 20, TunedJvm.heapFor(dir.resolve("missing"), 16L << 30));
    }

    @Test
    void aCeilingAboveTheFloorIsAlsoTheStart() {
        assertEquals(java.util.List.of("-Xmx512m"), TunedJvm.heapFlags(TunedJvm.HEAP_FLOOR));
        assertEquals(java.util.List.of("-Xmx750m", "-Xms750m"), TunedJvm.heapFlags(750L << 20));
    }

    @Test
    void theSourceComesFromTheCommandLine() {
        assertEquals(Path.of("hb"), TunedJvm.sourceOf(new String[] {"build", "--source", "hb", "--out", "x"}));
        assertEquals(Path.of("hb"), TunedJvm.sourceOf(new String[] {"check", "--source=hb"}));
        assertEquals(Path.of("playbook"), TunedJvm.sourceOf(new String[] {"build"}));
    }
}
