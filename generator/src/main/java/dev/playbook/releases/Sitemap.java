package dev.playbook.releases;

import dev.playbook.model.UrlPaths;

import java.util.Collection;
import java.util.TreeSet;

/**
 * {@code sitemap.xml} for hosts that want one, written only when {@code base-url} says where the
 * site is served (a sitemap needs absolute addresses): each release lists its pages, and the one
 * beside the releases is an index that points to the latest release's.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** The pages of one release, at {@code <base>/<release>/<path>}, sorted. */
    static String release(String baseUrl, String release, Collection<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NAMESPACE + "\">\n");
        for (String path : new TreeSet<>(paths)) {
            xml.append("  <url><loc>").append(escape(baseUrl + "/" + UrlPaths.encodeSegment(release) + "/" + UrlPaths.encode(path)))
                    .append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** The index beside the releases: the latest release's sitemap. */
    static String index(String baseUrl, String latest) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NAMESPACE + "\">\n"
                + "  <sitemap><loc>" + escape(baseUrl + "/" + UrlPaths.encodeSegment(latest) + "/" + FILE) + "</loc></sitemap>\n"
                + "</sitemapindex>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
