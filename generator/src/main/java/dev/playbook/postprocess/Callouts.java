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
 * callouts, so the same files read well on a git host and on the site; so do quotes that open
 * with a bold label, the older convention ({@code > **Note:** ...}, {@code > **Warning**}). The
 * titles of other generators' callouts arrive as a paragraph holding one marker span (their inline
 * Markdown rendered with the page, see {@code dialects.Callout}): the paragraph becomes the callout's
 * title, or the disclosure's {@code <summary>}.
 */
final class Callouts implements Transform {

    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("(?i)(note|tip|important|warning|caution|danger|info)\\s*:?");
    private static final Map<String, String> LABEL_KINDS = Map.of("danger", "caution", "info", "note");
    private static final Map<String, String> TITLES = Map.of(
            "note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution");

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        for (Element marker : body.select("p > span.callout-title, p > span.callout-summary")) {
            lift(marker);
        }
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
            callout(quote, first, text, marker);
        }
        for (Element quote : body.getElementsByTag("blockquote")) {
            Element first = quote.firstElementChild();
            if (first != null && first.nameIs("p") && first.childNodeSize() > 0 && first.childNode(0) instanceof Element strong
                    && (strong.nameIs("strong") || strong.nameIs("b"))) {
                labelled(quote, first, strong);
            }
        }
    }

    /** The paragraph around a title's marker span becomes the title (or summary), holding what the span held. */
    private static void lift(Element marker) {
        Element paragraph = marker.parent();
        boolean alone = paragraph.childNodes().stream().allMatch(n -> n == marker || n instanceof TextNode t && t.isBlank());
        if (!alone) {
            return;
        }
        boolean summary = marker.hasClass("callout-summary");
        if (summary && !(paragraph.parent() != null && paragraph.parent().nameIs("details"))) {
            return;
        }
        paragraph.empty();
        paragraph.appendChildren(new java.util.ArrayList<>(marker.childNodes()));
        if (summary) {
            paragraph.tagName("summary");
        } else {
            paragraph.addClass("callout-title");
        }
    }

    /** {@code > **Note:** text}: the label is the title, the kind follows from it. */
    private static void labelled(Element quote, Element first, Element strong) {
        Matcher label = LABEL.matcher(strong.text().strip());
        if (!label.matches() || !strong.children().isEmpty()) {
            return;
        }
        String word = label.group(1).toLowerCase(Locale.ROOT);
        String kind = LABEL_KINDS.getOrDefault(word, word);
        Node next = strong.nextSibling();
        strong.remove();
        if (next instanceof TextNode after) {
            String rest = after.getWholeText().replaceFirst("^\\s*:?\\s*", "");
            after.text(rest);
            if (rest.isEmpty() && after.nextSibling() instanceof Element br && br.nameIs("br")) {
                br.remove();
            }
        }
        if (first.text().isBlank() && first.children().isEmpty()) {
            first.remove();
        }
        quote.tagName("div").addClass("callout").addClass("callout-" + kind).attr("role", "note");
        String title = label.group(1);
        quote.prependElement("p").addClass("callout-title").text(Character.toUpperCase(title.charAt(0)) + title.substring(1));
    }

    /** {@code > [!NOTE]}: GitHub's alert. */
    private static void callout(Element quote, Element first, TextNode text, Matcher marker) {
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
