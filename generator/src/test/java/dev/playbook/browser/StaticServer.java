package dev.playbook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves one folder over HTTP on 127.0.0.1 and a free port, the way a static host would: files
 * with their content type, 404 for anything missing, 403 for paths that climb out of the folder.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    /** The page sent, with status 404, for a missing file, as GitHub Pages and Netlify send {@code /404.html}. */
    private final java.util.Optional<String> notFoundPage;

    private StaticServer(Path root, HttpServer server, ExecutorService threads, java.util.Optional<String> notFoundPage) {
        this.root = root;
        this.server = server;
        this.threads = threads;
        this.notFoundPage = notFoundPage;
    }

    public static StaticServer serve(Path folder) {
        return serve(folder, java.util.Optional.empty());
    }

    /** Serves the folder, sending {@code page} (a path in it, e.g. {@code 404.html}) with status 404 for missing files. */
    public static StaticServer serveWithNotFoundPage(Path folder, String page) {
        return serve(folder, java.util.Optional.of(page));
    }

    private static StaticServer serve(Path folder, java.util.Optional<String> notFoundPage) {
        Path root = realPath(folder);
        ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "static-server");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StaticServer serving = new StaticServer(root, server, threads, notFoundPage);
            server.createContext("/", serving::handle);
            server.setExecutor(threads);
            server.start();
            return serving;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot start a server for " + folder, e);
        }
    }

    /** {@code http://127.0.0.1:port/} followed by the path, which must not start with a slash. */
    public String url(String path) {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the served folder: " + path);
        }
        return origin() + "/" + path;
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    public String origin() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(exchange, 405, "method not allowed: " + method);
                return;
            }
            // getPath() is already percent-decoded, so "%2e%2e" arrives here as "..".
            String path = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
            Path file;
            try {
                file = root.resolve(path).normalize();
            } catch (InvalidPathException e) {
                respond(exchange, 400, "not a path: " + exchange.getRequestURI());
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || (Files.exists(file) && !realPath(file).startsWith(root))) {
                respond(exchange, 403, "outside the served folder: " + exchange.getRequestURI());
            } else if (!Files.isRegularFile(file) && notFoundPage.filter(p -> Files.isRegularFile(root.resolve(p))).isPresent()) {
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                respond(exchange, 404, TYPES.get("html"), Files.readAllBytes(root.resolve(notFoundPage.get())));
            } else if (!Files.isRegularFile(file)) {
                respond(exchange, 404, "not found: " + exchange.getRequestURI());
            } else {
                // As static hosts do: pages always fresh, assets cached, so a walk over every page
                // fetches each stylesheet and script once. Restart the server after changing assets.
                exchange.getResponseHeaders().set("Cache-Control", isPage(file) ? "no-cache" : "max-age=600");
                respond(exchange, 200, contentType(file), Files.readAllBytes(file));
            }
        }
    }

    private static boolean isPage(Path file) {
        return file.getFileName().toString().endsWith(".html");
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        respond(exchange, status, TYPES.get("txt"), (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }
}
