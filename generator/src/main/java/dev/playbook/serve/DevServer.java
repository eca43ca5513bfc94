package dev.playbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.playbook.build.BuildOptions;
import dev.playbook.releases.ReleaseException;
import dev.playbook.theme.Theme;
import dev.playbook.theme.ThemeNotFoundException;
import dev.playbook.write.OutputLock;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code playbook serve}: builds the playbook into an output folder, serves that folder over HTTP
 * exactly as {@code build} lays it out, watches the source and the theme, rebuilds what a save
 * changed (see {@link Rebuilder}) and tells open pages to reload, or shows them the errors.
 * Only files of the output folder are served; HTML responses get the live-reload script on the
 * way out (the files on disk stay as {@code build} writes them).
 */
public final class DevServer implements AutoCloseable {

    static final String LIVE_PREFIX = "/_playbook/";
    static final String EVENTS = LIVE_PREFIX + "events";
    static final String SEARCH = "/_search";

    /**
     * How to serve.
     *
     * @param build     what to build; its {@code out} is the folder served
     * @param bind      the address to listen on (loopback unless told otherwise)
     * @param port      0 for any free port
     * @param removeOut delete the output folder when the server stops (a temporary folder)
     * @param log       told about each rebuild
     */
    /** @param timings log how long each stage of every build took */
    public record Settings(BuildOptions build, String bind, int port, boolean removeOut, boolean timings, Consumer<String> log) {
        public Settings(BuildOptions build, String bind, int port, boolean removeOut, Consumer<String> log) {
            this(build, bind, port, removeOut, false, log);
        }
    }

    private final Settings settings;
    private final HttpServer http;
    private final ExecutorService executor;
    private final LiveEvents events;
    private final Rebuilder rebuilder;
    private final SitePaths paths;
    private final Theme theme;
    private final SearchEndpoint search;
    private final OutputLock lock;

    private DevServer(Settings settings, HttpServer http, ExecutorService executor, LiveEvents events, Rebuilder rebuilder,
                      Theme theme, OutputLock lock) {
        this.lock = lock;
        this.settings = settings;
        this.http = http;
        this.executor = executor;
        this.events = events;
        this.rebuilder = rebuilder;
        this.theme = theme;
        this.paths = new SitePaths(settings.build().out());
        this.search = new SearchEndpoint(settings.build().out(), events);
    }

    /**
     * Builds the playbook (the server starts even when it has errors: pages then show them), then
     * starts serving and watching.
     *
     * @throws ThemeNotFoundException when the theme does not exist (a usage error)
     * @throws ReleaseException       when the release cannot be built as asked (a usage error)
     * @throws IOException            when the address cannot be bound
     */
    public static DevServer start(Settings settings) throws IOException, ThemeNotFoundException, ReleaseException {
        Theme theme = Theme.resolve(settings.build().theme(), settings.build().source());
        // Held while serving: a build into the same folder would change what the server's cache says is there.
        OutputLock lock = OutputLock.take(settings.build().out(), settings.build().out().toString());
        try {
            return start(settings, theme, lock);
        } catch (IOException | ThemeNotFoundException | ReleaseException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static DevServer start(Settings settings, Theme theme, OutputLock lock)
            throws IOException, ThemeNotFoundException, ReleaseException {
        Files.createDirectories(settings.build().out());
        SiteSession session = new SiteSession(settings.build(), Optional.of(lock));
        LiveEvents events = new LiveEvents(new LiveState(0, List.of(), 0, Optional.empty()));
        List<Path> watched = new ArrayList<>(List.of(settings.build().source()));
        theme.projectFolder().ifPresent(watched::add);
        Rebuilder rebuilder = new Rebuilder(session, events, watched, settings.timings(), settings.log());
        rebuilder.buildNow();
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
        ExecutorService executor = Executors.newCachedThreadPool(daemons("playbook-http-"));
        DevServer server = new DevServer(settings, http, executor, events, rebuilder, theme, lock);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        rebuilder.start();
        return server;
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress at = http.getAddress();
        String host = at.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort() + "/");
    }

    /** The folder served. */
    public Path out() {
        return settings.build().out();
    }

    /** The outcome of the last build. */
    public SiteSession.Outcome lastBuild() {
        return rebuilder.last();
    }

    /** Waits until every change seen so far is built, search index included; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return rebuilder.awaitIdle(timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(EVENTS)) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                if (method.equals("GET")) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        events.stream(out);
                    } catch (IOException e) {
                        // The page went away.
                    }
                }
                return;
            }
            if (path.startsWith(LIVE_PREFIX)) {
                serveLiveAsset(exchange, path.substring(LIVE_PREFIX.length()));
                return;
            }
            if (path.equals(SEARCH)) {
                SearchEndpoint.Answer answer = search.answer(exchange.getRequestURI().getRawQuery());
                send(exchange, answer.status(), "application/json", answer.json().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<SitePaths.Found> found = paths.find(path);
            if (found.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            } else if (found.get() instanceof SitePaths.Found.Folder folder) {
                exchange.getResponseHeaders().set("Location", folder.withSlash());
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else {
                Path file = ((SitePaths.Found.File) found.get()).path();
                String name = file.getFileName().toString();
                byte[] body = Files.readAllBytes(file);
                if (ContentTypes.isHtml(name)) {
                    body = LiveScript.inject(body, events.state().build());
                }
                send(exchange, 200, ContentTypes.of(name), body);
            }
        } catch (IOException | RuntimeException e) {
            settings.log().accept("playbook serve: " + exchange.getRequestURI() + ": " + e);
        }
    }

    private void serveLiveAsset(HttpExchange exchange, String name) throws IOException {
        Optional<Path> file = LiveScript.ASSETS.contains(name) ? theme.file(LiveScript.THEME_FOLDER + name) : Optional.empty();
        if (file.isEmpty()) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, ContentTypes.of(name), Files.readAllBytes(file.get()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and watching; with {@code removeOut}, deletes the output folder. */
    @Override
    public void close() throws IOException {
        events.close();
        rebuilder.close();
        http.stop(0);
        executor.shutdownNow();
        search.close();
        try {
            if (settings.removeOut()) {
                Rebuilder.deleteTree(settings.build().out());
                Files.deleteIfExists(lock.file());
            }
        } finally {
            lock.close();
        }
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
