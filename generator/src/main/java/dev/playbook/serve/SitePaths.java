package dev.playbook.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps request paths to files of the built site, and nothing else: a path with a {@code .} or
 * {@code ..} segment (written plainly or percent-encoded), a backslash, a NUL, bad percent-encoding
 * or invalid UTF-8 leads nowhere, and neither does a file whose real path (links followed) leaves
 * the site folder. A folder leads to its {@code index.html}.
 */
final class SitePaths {

    private final Path root;

    /** @param root the folder the server publishes (the build's output folder) */
    SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What a request path names: a file, or a folder to be asked for with a trailing slash. */
    sealed interface Found {
        record File(Path path) implements Found { }

        record Folder(String withSlash) implements Found { }
    }

    /** The file (or folder) a raw request path names, if it is inside the site. */
    Optional<Found> find(String rawPath) {
        Optional<List<String>> segments = segments(rawPath);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Path path = root;
        for (String segment : segments.get()) {
            path = path.resolve(segment);
        }
        path = path.normalize();
        if (!path.startsWith(root)) {
            return Optional.empty();
        }
        try {
            if (Files.isDirectory(path)) {
                if (!rawPath.endsWith("/")) {
                    return inside(path) ? Optional.of(new Found.Folder(rawPath + "/")) : Optional.empty();
                }
                path = path.resolve("index.html");
            }
            return Files.isRegularFile(path) && inside(path) ? Optional.of(new Found.File(path)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean inside(Path path) throws IOException {
        return path.toRealPath().startsWith(root.toRealPath());
    }

    /** The decoded segments of a path, without empty ones; empty when the path is not acceptable. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.get();
            if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                    || name.indexOf('\0') >= 0 || name.indexOf(':') >= 0) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                segments.add(name);
            }
        }
        return Optional.of(segments);
    }

    /** Strict percent-decoding into UTF-8 ({@code +} stays a plus, as in paths). */
    private static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
