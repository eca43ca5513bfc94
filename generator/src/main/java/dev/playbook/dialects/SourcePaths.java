package dev.playbook.dialects;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/** Resolves a link written in a navigation file to the source path of a page, as the file's generator would. */
final class SourcePaths {

    private SourcePaths() {
    }

    /** True for {@code https://...}, {@code mailto:...} and other links that leave the handbook. */
    static boolean isExternal(String target) {
        return target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("//");
    }

    /**
     * The source path {@code target} names, relative to {@code folder} ({@code ""} at the root):
     * the anchor and query dropped, %-escapes decoded, {@code ./} and {@code ../} folded; a folder
     * stands for its README.md or index.md. Empty when it leaves the root.
     */
    static Optional<String> resolve(String folder, String target) {
        String path = target;
        int cut = indexOfAny(path, "#?");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % is a character of the name
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String joined = path.startsWith("/") ? path.substring(1) : (folder.isEmpty() ? "" : folder + "/") + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/+")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.of("") : Optional.of(String.join("/", parts));
    }

    /** The page a resolved path names among the handbook's Markdown files: the file, else the folder's README.md or index.md. */
    static Optional<String> page(String resolved, Set<String> pages) {
        if (pages.contains(resolved)) {
            return Optional.of(resolved);
        }
        String prefix = resolved.isEmpty() ? "" : resolved + "/";
        for (String index : new String[] {"README.md", "index.md", "_index.md", "readme.md"}) {
            if (pages.contains(prefix + index)) {
                return Optional.of(prefix + index);
            }
        }
        return Optional.empty();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
