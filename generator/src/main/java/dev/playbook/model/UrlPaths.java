package dev.playbook.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Output paths and the relative links between them. Every link in the site is relative, so the
 * site works from any folder of any host and when opened from disk.
 */
public final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * True for a path that stays inside the output folder: relative, {@code /}-separated, no empty,
     * {@code .} or {@code ..} segment, no backslash, colon or control character.
     */
    public static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** The prefix that leads from a page back to the release root: {@code ""}, {@code "../"}, ... */
    public static String rootPrefix(String fromUrl) {
        int depth = 0;
        for (int i = 0; i < fromUrl.length(); i++) {
            if (fromUrl.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The relative href from one output path to another, percent-encoded. */
    public static String relative(String fromUrl, String toUrl) {
        int fromDir = fromUrl.lastIndexOf('/') + 1;
        int toDir = toUrl.lastIndexOf('/') + 1;
        int common = 0;
        for (int i = 0; i < Math.min(fromDir, toDir); i++) {
            if (fromUrl.charAt(i) != toUrl.charAt(i)) {
                break;
            }
            if (fromUrl.charAt(i) == '/') {
                common = i + 1;
            }
        }
        StringBuilder out = new StringBuilder(toUrl.length() + 16);
        for (int i = common; i < fromDir; i++) {
            if (fromUrl.charAt(i) == '/') {
                out.append("../");
            }
        }
        return out.append(encode(toUrl.substring(common))).toString();
    }

    /** A root-relative output path, percent-encoded for an href. */
    public static String encode(String path) {
        if (isPlain(path)) {
            return path; // the usual case: nothing to encode, nothing to allocate
        }
        StringBuilder out = new StringBuilder(path.length());
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(encodeSegment(segments[i]));
        }
        return out.toString();
    }

    public static String encodeSegment(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (!plain(segment.charAt(i))) {
                return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return segment;
    }

    private static boolean isPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' && !plain(c)) {
                return false;
            }
        }
        return true;
    }

    /** Characters an href carries as they are (RFC 3986's unreserved). */
    private static boolean plain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
