package dev.playbook.postprocess;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub alert blockquotes ({@code > [!NOTE]}, TIP, IMPORTANT, WARNING, CAUTION) become styled
 * callouts, so the same files read well on a git host and on the site.
 */
final class Callouts implements Transform {

    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TITLES = Map.of(
            "note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution");

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        for (Element quote : body.getElementsByTag("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.nameIs("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher marker = MARKER.matcher(text.getWholeText());
            if (!marker.find()) {
                continue;
            }
            String kind = marker.group(1).toLowerCase(Locale.ROOT);
            text.text(text.getWholeText().substring(marker.end()));
            Node next = text.nextSibling();
            if (text.getWholeText().isEmpty() && next instanceof Element br && br.nameIs("br")) {
                br.remove();
            }
            if (first.childNodeSize() == 0 || first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            quote.tagName("div").addClass("callout").addClass("callout-" + kind).attr("role", "note");
            quote.prependElement("p").addClass("callout-title").text(TITLES.get(kind));
        }
    }
}
