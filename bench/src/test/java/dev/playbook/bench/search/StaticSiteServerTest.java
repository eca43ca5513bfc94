package dev.playbook.bench.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serves the repository's real theme files, as the benchmark serves a built site. */
class StaticSiteServerTest {
    private static final Path THEME = Path.of("../themes/default/assets").toAbsolutePath().normalize();
    private static final Path ANALYZER = THEME.resolve("js/search/analyzer.js");

    private static StaticSiteServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = StaticSiteServer.start(THEME);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void gzipsTextWhenTheRequestAcceptsItAndTheBodyUnzipsToTheFile() throws Exception {
        server.clearLog();
        HttpResponse<byte[]> response = get("js/search/analyzer.js", "gzip, deflate, br");
        byte[] file = Files.readAllBytes(ANALYZER);

        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("text/javascript; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().length < file.length / 2, "gzip should at least halve " + file.length + " bytes of JavaScript");
        try (InputStream unzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            assertArrayEquals(file, unzipped.readAllBytes());
        }
        assertEquals(List.of(new StaticSiteServer.Served("/js/search/analyzer.js", 200, file.length,
                response.body().length, true)), server.served());
    }

    @Test
    void sendsTheFileAsItIsWithoutAcceptEncodingOrWhenGzipIsRefused() throws Exception {
        byte[] file = Files.readAllBytes(ANALYZER);
        for (String accept : new String[] {null, "identity", "gzip;q=0, identity", "br"}) {
            HttpResponse<byte[]> response = get("js/search/analyzer.js", accept);
            assertEquals(200, response.statusCode());
            assertFalse(response.headers().firstValue("Content-Encoding").isPresent(), "Accept-Encoding: " + accept);
            assertArrayEquals(file, response.body(), "Accept-Encoding: " + accept);
        }
    }

    @Test
    void namesContentTypesByExtensionAndLeavesBinaryAlone() throws Exception {
        assertEquals("text/css; charset=utf-8",
                get("css/base.css", "gzip").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> icon = get("favicon.svg", "gzip");
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElse(""));
        assertEquals("gzip", icon.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("application/octet-stream", StaticSiteServer.contentType("segments_1"));
        assertEquals("font/woff2", StaticSiteServer.contentType("inter.WOFF2"));
        assertFalse(StaticSiteServer.compressible("font/woff2"));
        assertFalse(StaticSiteServer.compressible("image/png"));
    }

    @Test
    void answersMissingFilesAndPathsOutsideTheSiteWithNotFound() throws Exception {
        assertEquals(404, get("js/search/nothing-here.js", null).statusCode());
        assertEquals(404, get("%2e%2e/README.md", null).statusCode());
        assertTrue(Files.isRegularFile(THEME.resolve("../README.md")), "the file outside must exist for this test to mean anything");
    }

    @Test
    void readsAcceptEncodingAsBrowsersSendIt() {
        assertTrue(StaticSiteServer.acceptsGzip(List.of("gzip, deflate, br, zstd")));
        assertTrue(StaticSiteServer.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5")));
        assertTrue(StaticSiteServer.acceptsGzip(List.of("*")));
        assertFalse(StaticSiteServer.acceptsGzip(List.of("gzip;q=0")));
        assertFalse(StaticSiteServer.acceptsGzip(List.of("gzip; q=0.000")));
        assertFalse(StaticSiteServer.acceptsGzip(List.of()));
    }

    @Test
    void urlsOfFilesAndFoldersAreUnderTheRoot() {
        assertEquals(server.root().resolve("js/search/analyzer.js"), server.url(ANALYZER));
        assertEquals(server.root().resolve("js/search/"), server.url(ANALYZER.getParent()));
        assertEquals(server.root(), server.url(THEME));
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.root() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
