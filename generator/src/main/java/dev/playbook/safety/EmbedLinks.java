package dev.playbook.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a reader opens for an embed address: a YouTube or Vimeo player becomes the video's page,
 * a Google Form loses its {@code embedded=true}; any other address is kept as it is.
 */
final class EmbedLinks {

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.)?(?:youtube\\.com|youtube-nocookie\\.com)/embed/([A-Za-z0-9_-]+)(?:[?#].*)?$");
    private static final Pattern VIMEO = Pattern.compile("^https?://player\\.vimeo\\.com/video/([0-9]+)(?:[?#].*)?$");
    private static final Pattern EMBEDDED = Pattern.compile("([?&])embedded=true&?");

    private EmbedLinks() {
    }

    static String pageOf(String src) {
        Matcher youtube = YOUTUBE.matcher(src);
        if (youtube.matches()) {
            return "https://www.youtube.com/watch?v=" + youtube.group(1);
        }
        Matcher vimeo = VIMEO.matcher(src);
        if (vimeo.matches()) {
            return "https://vimeo.com/" + vimeo.group(1);
        }
        if (src.startsWith("https://docs.google.com/forms/")) {
            String page = EMBEDDED.matcher(src).replaceFirst("$1");
            return page.endsWith("?") || page.endsWith("&") ? page.substring(0, page.length() - 1) : page;
        }
        return src;
    }
}
