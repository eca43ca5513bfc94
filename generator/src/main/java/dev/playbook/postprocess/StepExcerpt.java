package dev.playbook.postprocess;

import dev.playbook.model.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page's body, or one section of it, moved onto another page (a course handout): links and
 * images are made relative to the new page, ids get a prefix so several pages can share it
 * (links within the excerpt follow; links to the rest of the page lead to the page), headings
 * move two levels down below the handout's module and step headings, and the heading links go.
 */
public final class StepExcerpt {

    private static final List<String> ID_REFERENCES = List.of("aria-describedby", "aria-labelledby", "aria-controls", "for");

    private StepExcerpt() {
    }

    /**
     * @param html     the page's post-processed body
     * @param pageUrl  where the body was published
     * @param anchor   a heading's anchor: only its section (to the next heading of its level or higher); empty for all
     * @param toUrl    where the excerpt is published
     * @param idPrefix prefixed to every id, unique per excerpt on the new page
     */
    public static String of(String html, String pageUrl, Optional<String> anchor, String toUrl, String idPrefix) {
        return of(html, pageUrl, anchor, toUrl, idPrefix, "");
    }

    /**
     * The same, with {@code labelSuffix} added to the name of each table's scrolling region (e.g.
     * {@code ", step 4"}), so that regions stay distinguishable on a page that holds many excerpts.
     */
    public static String of(String html, String pageUrl, Optional<String> anchor, String toUrl, String idPrefix,
                            String labelSuffix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        if (anchor.isPresent()) {
            keepSection(body, anchor.get());
        }
        body.select("a.heading-anchor, span.anchor-alias").remove();
        if (!labelSuffix.isEmpty()) {
            for (Element region : body.select("div.table-wrap[aria-label]")) {
                region.attr("aria-label", region.attr("aria-label") + labelSuffix);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element element : body.getElementsByAttribute("id")) {
            ids.add(element.id());
        }
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (element.hasAttr("id")) {
                element.id(idPrefix + element.id());
            }
            for (String attribute : ID_REFERENCES) {
                if (element.hasAttr(attribute)) {
                    List<String> refs = new ArrayList<>();
                    for (String ref : element.attr(attribute).split("\\s+")) {
                        refs.add(ids.contains(ref) ? idPrefix + ref : ref);
                    }
                    element.attr(attribute, String.join(" ", refs));
                }
            }
            rebase(element, "href", pageUrl, toUrl, ids, idPrefix);
            rebase(element, "src", pageUrl, toUrl, ids, idPrefix);
            String name = element.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                element.tagName("h" + Math.min(6, name.charAt(1) - '0' + 2));
            }
        }
        return body.html();
    }

    /** Removes everything but the heading with this anchor (or holding it as an old anchor) and what follows it in its section. */
    private static void keepSection(Element body, String anchor) {
        Element target = body.getElementById(anchor);
        if (target == null) {
            return;
        }
        if (target.hasClass("anchor-alias") && target.parent() != null) {
            target = target.parent();
        }
        Element top = target;
        while (top.parent() != null && top.parent() != body) {
            top = top.parent();
        }
        int level = headingLevel(top);
        List<Node> keep = new ArrayList<>();
        boolean inside = false;
        for (Node node : new ArrayList<>(body.childNodes())) {
            if (node == top) {
                inside = true;
            } else if (inside && node instanceof Element element && level > 0) {
                int other = headingLevel(element);
                if (other > 0 && other <= level) {
                    inside = false;
                }
            }
            if (inside && (level > 0 || node == top)) {
                keep.add(node);
            }
        }
        for (Node node : new ArrayList<>(body.childNodes())) {
            if (!keep.contains(node)) {
                node.remove();
            }
        }
    }

    private static int headingLevel(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }

    private static void rebase(Element element, String attribute, String pageUrl, String toUrl, Set<String> ids, String prefix) {
        if (!element.hasAttr(attribute)) {
            return;
        }
        String value = element.attr(attribute);
        if (value.startsWith("#")) {
            String id = value.substring(1);
            element.attr(attribute, ids.contains(id) ? "#" + prefix + id : UrlPaths.relative(toUrl, pageUrl) + value);
            return;
        }
        if (value.isEmpty() || value.startsWith("/") || value.contains(":") && value.indexOf(':') < firstOf(value, "/?#")) {
            return;
        }
        try {
            URI resolved = new URI("http", "h", "/" + pageUrl, null).resolve(new URI(value));
            String path = resolved.getPath();
            if (path == null || !path.startsWith("/") || path.length() < 2) {
                return;
            }
            String target = UrlPaths.relative(toUrl, path.substring(1));
            element.attr(attribute, target + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                    + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // A value that is no URL stays as written, as it was on the page.
        }
    }

    private static int firstOf(String value, String characters) {
        int first = value.length();
        for (char c : characters.toCharArray()) {
            int at = value.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }
}
