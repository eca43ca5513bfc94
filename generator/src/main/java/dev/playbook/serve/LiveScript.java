package dev.playbook.serve;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The live-reload script, added to HTML as it is served (never to the files on disk): one external
 * script tag, no inline script, carrying the number of the build the page came from.
 */
final class LiveScript {

    /** Where the script and its stylesheet are in a theme. */
    static final String THEME_FOLDER = "serve/";
    static final Set<String> ASSETS = Set.of("live.js", "live.css");

    private LiveScript() {
    }

    static String tag(long build) {
        return "<script src=\"" + DevServer.LIVE_PREFIX + "live.js?build=" + build + "\" defer></script>";
    }

    /** The page with the script tag before {@code </head>} (or at the end when it has no head). */
    static byte[] inject(byte[] html, long build) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = tag(build);
        int head = indexOfIgnoreCase(text, "</head>");
        String out = head < 0 ? text + tag : text.substring(0, head) + tag + text.substring(head);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfIgnoreCase(String text, String wanted) {
        for (int i = 0; i + wanted.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }
}
