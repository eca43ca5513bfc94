package dev.playbook.safety;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs an attribute may hold, judged as a browser reads them: after entity decoding (done by
 * the parser), with leading and trailing control characters and spaces stripped and tabs and line
 * breaks removed anywhere ({@code java&#x09;script:} is {@code javascript:} to a browser).
 */
final class UrlPolicy {

    /** A URL scheme, as the URL standard reads one: a letter, then letters, digits, {@code + - .}, then a colon. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/(png|gif|jpeg|webp)(;base64)?,", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> CITE_SCHEMES = Set.of("http", "https");

    private UrlPolicy() {
    }

    /** Whether the attribute holds a URL this policy judges. */
    static boolean isUrl(String tag, String attribute) {
        return switch (attribute) {
            case "href" -> tag.equals("a");
            case "src" -> tag.equals("img");
            case "cite" -> true;
            default -> false;
        };
    }

    /** Why the value may not stay, if it may not; empty when the URL is allowed. */
    static Optional<String> problem(String tag, String attribute, String value) {
        String url = asBrowserReads(value);
        Optional<String> scheme = scheme(url);
        if (tag.equals("img") && attribute.equals("src")) {
            if (scheme.isPresent()) {
                return scheme.get().equals("data") && IMAGE_DATA.matcher(url).find() ? Optional.empty()
                        : Optional.of("images load from the playbook itself (the site requests nothing from other hosts); "
                        + "copy the image into the playbook and link to the file");
            }
            return networkPath(url) ? Optional.of("images load from the playbook itself (the site requests nothing from "
                    + "other hosts); copy the image into the playbook and link to the file") : Optional.empty();
        }
        Set<String> allowed = attribute.equals("cite") ? CITE_SCHEMES : LINK_SCHEMES;
        if (scheme.isPresent() && !allowed.contains(scheme.get())) {
            return Optional.of("only " + String.join(", ", allowed.stream().sorted().toList())
                    + " and relative links are allowed (\"" + scheme.get() + ":\" could run script or hide content)");
        }
        return Optional.empty();
    }

    /** The URL as a browser's URL parser starts on it. */
    static String asBrowserReads(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && out.charAt(end - 1) <= ' ') {
            end--;
        }
        return out.substring(start, end);
    }

    /** The scheme in lower case, when the URL has one (else it is relative). */
    static Optional<String> scheme(String url) {
        var matcher = SCHEME.matcher(url);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** {@code //host/...} (or with backslashes, which browsers read as slashes): another host, whatever the page's scheme. */
    private static boolean networkPath(String url) {
        return url.length() >= 2 && (url.charAt(0) == '/' || url.charAt(0) == '\\') && (url.charAt(1) == '/' || url.charAt(1) == '\\');
    }
}
