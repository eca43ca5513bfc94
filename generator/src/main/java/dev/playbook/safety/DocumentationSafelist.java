package dev.playbook.safety;

import org.jsoup.safety.Safelist;

/**
 * The elements and attributes documentation needs: text structure, lists, tables, {@code details},
 * figures, images, links, task-list checkboxes and the ids and classes headings, footnotes and the
 * theme rely on. Nothing that runs, loads, submits or styles: no scripts, frames, objects, forms,
 * inline SVG or MathML, no {@code style}, no event handlers.
 */
final class DocumentationSafelist {

    static final String[] TAGS = {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "aside", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
        "u", "ul", "var", "wbr",
    };

    /** Attributes any allowed element may have. */
    static final String[] GLOBAL = {
        "class", "id", "title", "lang", "dir", "role",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    };

    private DocumentationSafelist() {
    }

    static Safelist create() {
        return new Safelist()
                .addTags(TAGS)
                .addAttributes(":all", GLOBAL)
                .addAttributes("a", "href", "name", "hreflang")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("del", "cite", "datetime")
                .addAttributes("ins", "cite", "datetime")
                .addAttributes("time", "datetime")
                .addAttributes("details", "open")
                .addAttributes("ol", "start", "reversed", "type")
                .addAttributes("li", "value")
                .addAttributes("col", "span")
                .addAttributes("colgroup", "span")
                .addAttributes("th", "align", "colspan", "rowspan", "scope", "abbr")
                .addAttributes("td", "align", "colspan", "rowspan")
                .addAttributes("input", "type", "checked")
                // Task-list checkboxes only (other inputs are removed before the safelist applies): never editable.
                .addEnforcedAttribute("input", "disabled", "disabled")
                // URLs are judged by UrlPolicy, after decoding, as a browser reads them; the safelist keeps
                // relative links, which jsoup's own protocol check drops without a base URI.
                .preserveRelativeLinks(true);
    }
}
