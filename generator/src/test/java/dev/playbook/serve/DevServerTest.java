package dev.playbook.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: {@code playbook serve} on a free port, files edited on disk: rebuilt pages, reload
 * events, the error overlay's findings while a file is broken and their end once it is fixed, and
 * a 404 for every way out of the site.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevServerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    private static TestPlaybook playbook;
    private static DevServer server;
    private static Events events;

    @BeforeAll
    static void start() throws Exception {
        playbook = TestPlaybook.in(root)
                .file("index.md", "# Home\n\nStart with [[greet]].\n")
                .file("standards/greet.md", "---\ntitle: Greet every customer\n---\nSay hello within ten seconds.\n\n"
                        + "## How\n\nSmile.\n")
                .file("stories/idea.md", "---\ntype: story\ndraft: true\n---\n# An idea\n\nNot yet published.\n");
        Files.writeString(root.resolve("secret.txt"), "outside the site");
        server = DevServer.start(new DevServer.Settings(IncrementalBuildTest.options(playbook.source(), root.resolve("out")),
                "127.0.0.1", 0, false, line -> { }));
        events = new Events(server.address().resolve("/_playbook/events"));
    }

    @AfterAll
    static void stop() throws IOException {
        events.close();
        server.close();
    }

    @Test
    @Order(1)
    void servesTheLayoutBuildWritesOnLoopbackWithTheLiveScriptAddedOnlyOnTheWay() throws Exception {
        assertEquals("127.0.0.1", server.address().getHost());
        Response page = get("/2026.2/standards/greet.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.type());
        assertTrue(page.body().contains("Say hello within ten seconds."));
        assertTrue(page.body().contains("<script src=\"/_playbook/live.js?build=1\" defer></script></head>"), page.body());
        String onDisk = Files.readString(root.resolve("out/2026.2/standards/greet.html"));
        assertFalse(onDisk.contains("_playbook"), "built files stay as build writes them");
        assertEquals(200, get("/index.html").status());
        assertEquals(200, get("/").status());
        assertEquals(301, get("/2026.2").status());
        assertEquals("text/css; charset=utf-8", get("/2026.2/assets/css/base.css").type());
        assertEquals("text/javascript; charset=utf-8", get("/_playbook/live.js").type());
        assertEquals("text/javascript; charset=utf-8", get("/2026.2/search/manifest.js").type());
        assertEquals("application/json", get("/versions.json").type());
        assertEquals(404, get("/2026.2/nothing-here.html").status());
        assertEquals(405, request("POST", "/2026.2/index.html").status());
    }

    @Test
    @Order(2)
    void draftsAreShownWithABadge() throws Exception {
        Response draft = get("/2026.2/stories/idea.html");
        assertEquals(200, draft.status());
        assertTrue(draft.body().contains("banner-draft"), draft.body());
    }

    @Test
    @Order(3)
    void everyWayOutOfTheSiteIsNotFound() throws Exception {
        Path outside = root.resolve("secret.txt");
        Files.createSymbolicLink(root.resolve("out/2026.2/linked.txt"), outside);
        Files.createSymbolicLink(root.resolve("out/2026.2/linked-folder"), root);
        for (String path : List.of("/../secret.txt", "/2026.2/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/2026.2/%2e%2e/%2e%2e/secret.txt", "/2026.2/..%2f..%2fsecret.txt", "/2026.2/..%5c..%5csecret.txt",
                "/.%2e/secret.txt", "/%252e%252e/secret.txt", "//" + outside, "/" + outside, "/%2f" + outside.toString().substring(1),
                "/2026.2/linked.txt", "/2026.2/linked-folder/secret.txt", "/2026.2/index.html%00.txt", "/%c0%ae%c0%ae/secret.txt")) {
            assertEquals(404, raw(path), path);
        }
    }

    @Test
    @Order(4)
    void aSavedPageIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
        long before = events.await(state -> true).path("build").asLong();
        playbook.file("standards/greet.md", "---\ntitle: Greet every customer\n---\nSay hello within five seconds.\n\n"
                + "## How\n\nSmile.\n");
        JsonNode reload = events.await(state -> state.path("build").asLong() > before);
        assertEquals(0, reload.path("errors").size());
        Response page = get("/2026.2/standards/greet.html");
        assertTrue(page.body().contains("Say hello within five seconds."), page.body());
        assertTrue(page.body().contains("live.js?build=" + reload.path("build").asLong()));
        assertTrue(get("/2026.2/index.html").body().contains("Greet every customer"));
    }

    @Test
    @Order(5)
    void aBrokenFileShowsItsFindingsUntilItIsFixedAndTheLastGoodBuildStaysServed() throws Exception {
        long good = events.await(state -> true).path("build").asLong();
        playbook.file("stories/broken.md", "---\ntype: story\nillustrates: [greet, greeet]\n---\n# Broken\n\nText.\n");
        JsonNode broken = events.await(state -> state.path("errors").size() > 0);
        assertEquals(good, broken.path("build").asLong(), "nothing new published");
        String text = broken.path("errors").get(0).path("text").asText();
        assertTrue(text.matches(".*stories/broken\\.md:3:22: unknown id \"greeet\" in illustrates.*"), text);
        assertEquals(404, get("/2026.2/stories/broken.html").status(), "the last good build is served");
        assertTrue(get("/2026.2/standards/greet.html").body().contains("Say hello within five seconds."));

        playbook.file("stories/broken.md", "---\ntype: story\nillustrates: [greet]\n---\n# Fixed\n\nText.\n");
        JsonNode fixed = events.await(state -> state.path("errors").isEmpty() && state.path("build").asLong() > good);
        assertNotNull(fixed);
        assertEquals(200, get("/2026.2/stories/broken.html").status());
    }

    @Test
    @Order(6)
    void searchAnswersFromTheSameLuceneIndexOnceItIsUpToDate() throws Exception {
        assertTrue(server.awaitIdle(WAIT));
        JsonNode answer = JSON.readTree(get("/_search?q=hello+seconds&n=3").body());
        assertEquals("2026.2", answer.path("release").asText());
        assertEquals("/2026.2/standards/greet.html", answer.path("hits").get(0).path("url").asText());
        assertTrue(answer.path("hits").size() <= 3);
        assertEquals(400, get("/_search").status());
    }

    private record Response(int status, String type, String body) { }

    private static Response get(String path) throws IOException {
        return request("GET", path);
    }

    private static Response request(String method, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) server.address().resolve(path).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, connection.getContentType(), body);
    }

    /** The status of a request sent exactly as written (clients would clean the path up first). */
    private static int raw(String path) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    /** The server's event stream, read as an open page reads it. */
    private static final class Events implements AutoCloseable {
        private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
        private final HttpURLConnection connection;
        private final Thread reader;
        private JsonNode last;

        Events(URI uri) throws IOException {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setReadTimeout(0);
            assertEquals("text/event-stream; charset=utf-8", connection.getContentType());
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            reader = new Thread(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("data: ")) {
                            states.add(JSON.readTree(line.substring(6)));
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "test-events");
            reader.setDaemon(true);
            reader.start();
        }

        /** The first state, from the last one seen on, that passes the test. */
        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<JsonNode> seen = new ArrayList<>();
            if (last != null && wanted.test(last)) {
                return last;
            }
            while (System.nanoTime() < deadline) {
                JsonNode state = states.poll(100, TimeUnit.MILLISECONDS);
                if (state != null) {
                    last = state;
                    seen.add(state);
                    if (wanted.test(state)) {
                        return state;
                    }
                }
            }
            throw new AssertionError("no such event; saw " + seen);
        }

        @Override
        public void close() {
            connection.disconnect();
            reader.interrupt();
        }
    }
}
