package dev.playbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test web server answers like a static host, and only from inside its folder. */
class StaticServerTest {

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesFilesWithTheirContentType() throws Exception {
        Path site = site();
        try (StaticServer server = StaticServer.serve(site)) {
            assertTrue(server.url("index.html").startsWith("http://127.0.0.1:"), server.url("index.html"));
            assertServed(server, "index.html", "text/html; charset=utf-8", "<h1>Home</h1>");
            assertServed(server, "assets/site.css", "text/css; charset=utf-8", "body{}");
            assertServed(server, "assets/site.js", "text/javascript; charset=utf-8", "'use strict';");
            assertServed(server, "assets/logo.svg", "image/svg+xml", "<svg/>");
            assertServed(server, "search/index.json", "application/json", "[]");
            assertServed(server, "sitemap.xml", "application/xml", "<urlset/>");
            assertServed(server, "guides/", "text/html; charset=utf-8", "<h1>Guides</h1>");
        }
    }

    @Test
    void answers404ForMissingFilesAnd405ForWrites() throws Exception {
        try (StaticServer server = StaticServer.serve(site())) {
            assertEquals(404, get(server.url("missing.html")).statusCode());
            assertEquals(404, get(server.url("assets/")).statusCode());
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.url("index.html")))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build();
            assertEquals(405, client.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void refusesPathsThatClimbOutOfTheFolder() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "secret");
        try (StaticServer server = StaticServer.serve(site())) {
            // Written on a raw socket: HTTP clients tidy ".." away before sending.
            assertEquals(403, rawStatus(server, "/../secret.txt"));
            assertEquals(403, rawStatus(server, "/%2e%2e/secret.txt"));
            assertEquals(403, rawStatus(server, "/assets/..%2f..%2fsecret.txt"));
        }
    }

    private Path site() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "<h1>Home</h1>");
        write(site.resolve("guides/index.html"), "<h1>Guides</h1>");
        write(site.resolve("assets/site.css"), "body{}");
        write(site.resolve("assets/site.js"), "'use strict';");
        write(site.resolve("assets/logo.svg"), "<svg/>");
        write(site.resolve("search/index.json"), "[]");
        write(site.resolve("sitemap.xml"), "<urlset/>");
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void assertServed(StaticServer server, String path, String type, String body) throws Exception {
        HttpResponse<String> response = get(server.url(path));
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals(body, response.body(), path);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rawStatus(StaticServer server, String path) throws IOException {
        URI origin = URI.create(server.origin());
        try (Socket socket = new Socket(origin.getHost(), origin.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + origin.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
