package dev.playbook.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the old anchors of a page's headings working after their text (and so their anchor)
 * changed between releases: an empty element with the old id at the start of the heading, so
 * {@code page.html#old} still lands on the section. The theme's script then puts the heading's
 * current anchor in the address.
 */
public final class AnchorAliases {

    private AnchorAliases() {
    }

    /**
     * @param html    a post-processed page body
     * @param aliases old anchor to the anchor of the heading that replaced it
     * @return the body with an alias in each heading that has one; old anchors that are ids of the page are left out
     */
    public static String insert(String html, Map<String, String> aliases) {
        if (aliases.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        for (var alias : new TreeMap<>(aliases).entrySet()) {
            Element heading = body.getElementById(alias.getValue());
            if (heading == null || body.getElementById(alias.getKey()) != null) {
                continue;
            }
            heading.prependElement("span").id(alias.getKey()).addClass("anchor-alias").attr("data-anchor", alias.getValue());
        }
        return body.html();
    }
}
