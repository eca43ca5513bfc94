package dev.playbook.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.index.SearchSchema;
import dev.playbook.index.SectionSearcher;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /_search?q=words&n=10}: the served release's own Lucene index (the one {@code build}
 * publishes, read through {@link SectionSearcher}), for tools that prefer asking a server. The
 * index is opened again whenever a rebuild replaced it. Answers
 * {@code {"query", "release", "terms", "hits": [{"title", "url", "section", "type", "score", "snippet"}]}},
 * URLs from the server's root.
 */
final class SearchEndpoint implements AutoCloseable {

    static final int DEFAULT_HITS = 10;
    static final int MAX_HITS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: its status and JSON body. */
    record Answer(int status, String json) { }

    private final Path out;
    private final LiveEvents events;
    private Optional<SectionSearcher> searcher = Optional.empty();
    private byte[] openedInfo = new byte[0];
    private Path openedFolder = Path.of("");

    SearchEndpoint(Path out, LiveEvents events) {
        this.out = out;
        this.events = events;
    }

    synchronized Answer answer(String rawQuery) {
        String query = parameter(rawQuery, "q").orElse("").strip();
        int limit = parameter(rawQuery, "n").flatMap(SearchEndpoint::number).orElse(DEFAULT_HITS);
        if (query.isEmpty()) {
            return error(400, "give the words to search for: /_search?q=words");
        }
        Optional<String> release = events.state().release();
        if (release.isEmpty()) {
            return error(503, "the playbook has not been built yet");
        }
        try {
            SectionSearcher open = searcher(out.resolve(release.get()));
            ObjectNode root = JSON.createObjectNode().put("query", query).put("release", release.get());
            open.terms(query).forEach(root.putArray("terms")::add);
            ArrayNode hits = root.putArray("hits");
            for (SectionSearcher.Hit hit : open.search(query, Math.max(1, Math.min(MAX_HITS, limit)))) {
                hits.addObject().put("title", hit.title()).put("url", "/" + release.get() + "/" + hit.url())
                        .put("section", hit.heading()).put("type", hit.type()).put("score", hit.score())
                        .put("snippet", hit.snippet());
            }
            return new Answer(200, root.toString());
        } catch (IOException e) {
            return error(503, "no search index: " + e.getMessage());
        }
    }

    private SectionSearcher searcher(Path release) throws IOException {
        Path info = release.resolve(SearchSchema.INFO);
        byte[] current = Files.isRegularFile(info) ? Files.readAllBytes(info) : new byte[0];
        if (searcher.isEmpty() || !release.equals(openedFolder) || !Arrays.equals(current, openedInfo)) {
            close();
            searcher = Optional.of(SectionSearcher.open(release));
            openedInfo = current;
            openedFolder = release;
        }
        return searcher.get();
    }

    private static Answer error(int status, String message) {
        return new Answer(status, JSON.createObjectNode().put("error", message).toString());
    }

    static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (searcher.isPresent()) {
            try {
                searcher.get().close();
            } catch (IOException e) {
                // Closing a reader of files that are gone: nothing left to release.
            }
            searcher = Optional.empty();
        }
    }

}
