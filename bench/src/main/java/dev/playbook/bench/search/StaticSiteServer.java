package dev.playbook.bench.search;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site from 127.0.0.1 on a free port, as a plain static host would: the content type by
 * extension, and text gzipped ({@code Content-Encoding: gzip}, level 6 as nginx and Apache are usually set)
 * when the request accepts it. Keeps a log of what it sent, to check the browser's own figures against.
 */
public final class StaticSiteServer implements AutoCloseable {
    /**
     * One response.
     *
     * @param path      the request path, without the query
     * @param rawBytes  the file's size
     * @param sentBytes the body as sent: the gzip size when gzipped
     */
    public record Served(String path, int status, long rawBytes, long sentBytes, boolean gzipped) { }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("properties", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"));
    private static final String BINARY = "application/octet-stream";

    private final Path root;
    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<Path, byte[]> gzipCache = new ConcurrentHashMap<>();
    private final List<Served> log = new ArrayList<>();

    private StaticSiteServer(Path root, HttpServer server, ExecutorService workers) {
        this.root = root;
        this.server = server;
        this.workers = workers;
    }

    /** Starts serving {@code root} on a free port of 127.0.0.1. */
    public static StaticSiteServer start(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IOException("no site to serve at " + absolute);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        // Several workers, as any real host answers a page's parallel requests in parallel.
        ExecutorService workers = Executors.newFixedThreadPool(6, task -> {
            Thread thread = new Thread(task, "bench-http");
            thread.setDaemon(true);
            return thread;
        });
        StaticSiteServer site = new StaticSiteServer(absolute, server, workers);
        server.createContext("/", site::handle);
        server.setExecutor(workers);
        server.start();
        return site;
    }

    /** The site root, ending in a slash. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The URL of a file or folder of the site. */
    public URI url(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        StringBuilder path = new StringBuilder();
        for (Path part : relative) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(part);
        }
        if (Files.isDirectory(file) && !path.isEmpty()) {
            path.append('/');
        }
        return root().resolve(path.toString());
    }

    /** Every response so far, in the order they were finished. */
    public List<Served> served() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    public void clearLog() {
        synchronized (log) {
            log.clear();
        }
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, BINARY);
    }

    static boolean compressible(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/xml") || contentType.startsWith("image/svg+xml");
    }

    /** Whether an {@code Accept-Encoding} header allows gzip (a {@code q=0} refuses it). */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        for (String header : acceptEncoding) {
            for (String coding : header.split(",")) {
                String[] parts = coding.trim().split(";");
                String name = parts[0].trim().toLowerCase(Locale.ROOT);
                if (name.equals("gzip") || name.equals("*")) {
                    boolean refused = false;
                    for (int i = 1; i < parts.length; i++) {
                        String parameter = parts[i].trim().replace(" ", "");
                        refused |= parameter.matches("q=0(\\.0*)?");
                    }
                    if (!refused) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e);
        }
        return out.toByteArray();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                error(exchange, path, 405, "method not allowed: " + method);
                return;
            }
            Optional<Path> file = resolve(path);
            if (file.isEmpty()) {
                error(exchange, path, 404, "not found: " + path);
                return;
            }
            byte[] raw = Files.readAllBytes(file.get());
            String type = contentType(file.get().getFileName().toString());
            boolean gzip = compressible(type)
                    && acceptsGzip(exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of()));
            byte[] body = gzip ? gzipCache.computeIfAbsent(file.get(), f -> gzip(raw)) : raw;
            send(exchange, path, 200, type, body, raw.length, gzip);
        }
    }

    private Optional<Path> resolve(String urlPath) {
        if (!urlPath.startsWith("/")) {
            return Optional.empty();
        }
        Path file = root.resolve(urlPath.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void error(HttpExchange exchange, String path, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        send(exchange, path, status, "text/plain; charset=utf-8", body, body.length, false);
    }

    private void send(HttpExchange exchange, String path, int status, String type, byte[] body, long rawBytes,
                      boolean gzip) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Vary", "Accept-Encoding");
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        synchronized (log) {
            log.add(new Served(path, status, rawBytes, body.length, gzip));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
