package dev.playbook.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.parser.Parser;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links and images written as HTML in a page ({@code <a href="/handbook/x/">}, {@code <img src="/img/a.png">},
 * common in Hugo, Docusaurus and GitBook pages) resolve and are checked like Markdown ones: the
 * address the old site answered becomes this site's relative address, and one that leads nowhere
 * is reported at its place. Addresses the sanitizer removes are left to it (it reports them).
 */
final class RawHtmlLinks {

    private static final Pattern TAG = Pattern.compile("(?i)<(a|img)\\b[^<>]*>");
    private static final Pattern ANCHOR_HREF = Pattern.compile("(?i)\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    private static final Pattern IMAGE_SRC = Pattern.compile("(?i)\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    private RawHtmlLinks() {
    }

    /**
     * Rewrites the addresses in one piece of raw HTML.
     *
     * @param rewrite the address a written one becomes, given the address and its offset in the page (for the
     *                position of a problem), reporting it when it is broken
     * @param removed whether the sanitizer removes the address of this tag and attribute
     */
    static void resolve(Node html, BiFunction<String, Integer, String> rewrite, BiPredicate<String, String> removed) {
        if (!(html instanceof HtmlInline || html instanceof HtmlBlock)) {
            return;
        }
        BasedSequence chars = html.getChars();
        String text = chars.toString();
        if (text.indexOf('<') < 0) {
            return;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            boolean image = tag.group(1).equalsIgnoreCase("img");
            Matcher attribute = (image ? IMAGE_SRC : ANCHOR_HREF).matcher(text).region(tag.start(), tag.end());
            if (!attribute.find()) {
                continue;
            }
            int group = attribute.group(1) != null ? 1 : attribute.group(2) != null ? 2 : 3;
            String written = Parser.unescapeEntities(attribute.group(group), true);
            if (written.isEmpty() || removed.test(image ? "img" : "a", written)) {
                continue;
            }
            String resolved = rewrite.apply(written, chars.getIndexOffset(attribute.start(group)));
            if (resolved.equals(written)) {
                continue;
            }
            out.append(text, copied, attribute.start(group)).append(Html.escape(resolved));
            copied = attribute.end(group);
        }
        if (copied == 0) {
            return;
        }
        out.append(text.substring(copied));
        BasedSequence rewritten = BasedSequence.of(out.toString());
        html.setChars(rewritten);
        if (html instanceof HtmlBlock block) {
            block.setContent(rewritten, java.util.List.of(rewritten));  // blocks render their content lines
        }
    }
}
