package dev.playbook.postprocess;

import dev.playbook.model.Glossary;
import dev.playbook.model.UrlPaths;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links the first use of each glossary term on a page to the glossary, with its definition in a
 * tooltip the theme shows on focus as well as on hover (and on tap, with its script). Headings,
 * links and code are left alone, and so is a term on the page that explains it. Runs last: the
 * definitions must not reach the sections search indexes or the excerpt.
 */
final class GlossaryTerms implements Transform {

    /** Elements whose text is never turned into a term link. */
    private static final Set<String> SKIP = Set.of("a", "code", "pre", "kbd", "samp", "script", "style", "button", "sup",
            "h1", "h2", "h3", "h4", "h5", "h6", "summary", "label", "select", "option", "textarea");
    static final String TIP_PREFIX = "term-tip-";

    private final Glossary glossary;

    GlossaryTerms(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        if (glossary.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Element element : body.getElementsByAttribute("id")) {
            used.add(element.id());
        }
        Set<String> linked = new HashSet<>();
        String href = UrlPaths.rootPrefix(result.url) + Glossary.URL;
        for (TextNode text : textNodes(body)) {
            link(text, linked, used, href, result.pageId);
        }
    }

    private void link(TextNode text, Set<String> linked, Set<String> used, String href, String pageId) {
        TextNode rest = text;
        int consumed = 0;
        String whole = text.getWholeText();
        for (Glossary.Match match : glossary.find(whole)) {
            Glossary.Term term = match.term();
            if (term.pageId().filter(pageId::equals).isPresent() || linked.contains(term.id())) {
                continue;
            }
            String tipId = TIP_PREFIX + term.id();
            if (used.contains(tipId)) {
                continue;
            }
            linked.add(term.id());
            used.add(tipId);
            // jsoup splits only strictly inside a text: a term at either end needs no split there.
            TextNode matched = match.start() == consumed ? rest : rest.splitText(match.start() - consumed);
            TextNode after = match.end() == whole.length() ? null : matched.splitText(match.end() - match.start());
            Element wrapper = new Element("span").addClass("term");
            wrapper.appendElement("a").addClass("term-link").attr("href", href + "#" + term.anchor())
                    .attr("aria-describedby", tipId).text(matched.getWholeText());
            Element tip = wrapper.appendElement("span").addClass("term-tip").attr("role", "tooltip").id(tipId);
            tip.appendElement("strong").addClass("term-tip-term").text(term.term());
            tip.appendText(" " + term.definition());
            matched.replaceWith(wrapper);
            if (after == null) {
                return;
            }
            rest = after;
            consumed = match.end();
        }
    }

    /** The text nodes a term may be found in, in document order. */
    private static List<TextNode> textNodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element element, List<TextNode> out) {
        // Iterative, like the rest of the pipeline: pages may nest deeply.
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            stack.push(element.childNode(i));
        }
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    out.add(text);
                }
            } else if (node instanceof Element child && !SKIP.contains(child.normalName()) && !child.hasClass("term")) {
                for (int i = child.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(child.childNode(i));
                }
            }
        }
    }
}
