package dev.playbook.releases;

import dev.playbook.safety.ContentSecurityPolicy;

/**
 * A page that sends the reader elsewhere and works on any static host and from disk: a small
 * external script that keeps the {@code #anchor} (a meta refresh drops it), the meta refresh for
 * browsers without scripts, and a plain link as the last resort. No inline script: it sends the
 * site's Content-Security-Policy like every other page.
 */
final class RedirectPage {

    /** The script every redirect page loads, as the theme ships it. */
    static final String THEME_SCRIPT = "assets/js/redirect.js";

    /** The site's policy, made once: a release of 10,000 pages writes 30,000 redirect pages. */
    private static final String POLICY = ContentSecurityPolicy.SITE.metaTag();

    private RedirectPage() {
    }

    /**
     * @param to     the target, relative to the redirect page
     * @param script the redirect script, relative to the redirect page
     */
    static String html(String language, String to, String script) {
        String target = escape(to);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(language) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + POLICY + "\n"
                + "<title>Redirecting…</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<script src=\"" + escape(script) + "\" data-to=\"" + target + "\"></script>\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "<link rel=\"canonical\" href=\"" + target + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>This page is now at <a href=\"" + target + "\">" + target + "</a>.</p>\n"
                + "</body>\n"
                + "</html>\n";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
