package dev.playbook.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code playbook:serve}, which the invoker tests cannot run (it serves until stopped): the goal on
 * a real playbook, fetched over HTTP, then stopped as Ctrl-C's interrupt would stop it.
 */
class ServeMojoTest {

    @TempDir
    Path dir;

    private ServeMojo mojo(Path playbook) {
        ServeMojo mojo = new ServeMojo();
        mojo.source = playbook.toFile();
        mojo.executionRoot = dir.toFile();
        mojo.out = dir.resolve("target/site-serve").toFile();
        mojo.port = 0;
        mojo.bind = "127.0.0.1";
        mojo.theme = "default";
        mojo.drafts = true;
        return mojo;
    }

    @Test
    void servesThePlaybookUntilInterrupted() throws Exception {
        Path playbook = Files.createDirectories(dir.resolve("src/playbook"));
        Files.writeString(playbook.resolve("playbook.yml"), "title: Served\nrelease: \"1.0\"\n");
        Files.writeString(playbook.resolve("guide.md"), "---\ntitle: Guide\ndraft: true\n---\nA draft, served.\n");
        ServeMojo mojo = mojo(playbook);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread serving = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "serve-mojo");
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (mojo.address == null && serving.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(mojo.address != null, "the server started: " + failed.get());
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(mojo.address + "guide.html")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), mojo.address);
        assertTrue(page.body().contains("A draft, served."), page.body());
        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive(), "stopped on interrupt");
        assertEquals(null, failed.get());
    }

    @Test
    void aFolderWithoutAPlaybookFailsTheBuildSayingWhatToDo() {
        ServeMojo mojo = mojo(dir.resolve("src/playbook"));
        var failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("no playbook at src/playbook: put one there (playbook.yml and pages in Markdown) or set <source> in the"
                + " plugin's configuration", failure.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        ServeMojo mojo = mojo(dir.resolve("nowhere"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(new File(mojo.out, "1.0").exists());
    }
}
