package dev.playbook.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Severity;
import dev.playbook.diag.SourceMap;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.OutLink;
import dev.playbook.model.ReadingTime;
import dev.playbook.model.Page;
import dev.playbook.safety.HtmlSanitizer;
import dev.playbook.safety.Removal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders page bodies with Flexmark (GFM tables, task lists, strikethrough, autolinks, footnotes,
 * heading ids and {@code {#id}} attributes). Built once per build, used by every thread.
 * Links are resolved on the syntax tree, where each has a position to report a problem at.
 */
public final class MarkdownRenderer {

    /** What the warning about syntax Playbook does not know says, in every such warning. */
    public static final String FOREIGN_SYNTAX = "looks like another generator's template syntax";
    private static final Pattern FOREIGN_TEMPLATE = Pattern.compile("\\{\\{[<%]|\\{%|\\{\\{");
    private static final HtmlSanitizer SANITIZER = HtmlSanitizer.documentation();

    private final MarkdownParsers engines = new MarkdownParsers();
    private final Severity brokenLinks;

    /** @param brokenLinks how serious a broken link is ({@code checks.links} in playbook.yml) */
    public MarkdownRenderer(Severity brokenLinks) {
        this.brokenLinks = brokenLinks;
    }

    public RenderedBody render(Page page, LinkResolver links, Problems problems) {
        return render(page, SourceMap.of(page.body(), page.display(), page.bodyLine()), links, problems);
    }

    /**
     * Renders {@code markdown} as the body of {@code page}: the page's body, or the same after other
     * generators' blocks were rewritten, whose map gives each problem its place in its file.
     */
    public RenderedBody render(Page page, SourceMap markdown, LinkResolver links, Problems problems) {
        String body = markdown.text();
        Document document = engines.parserFor(body).parse(body);
        SourceMap lines = markdown;
        dropRepeatedTitle(page, document);
        List<int[]> code = new ArrayList<>();
        List<OutLink> out = new ArrayList<>();
        List<WikiLink> wikiLinks = new ArrayList<>();
        List<Node> rawHtml = new ArrayList<>();
        int[] words = {0};
        visit(document, node -> {
            if (node instanceof Link link) {
                checkUrl("a", "href", link.getUrl(), link.getStartOffset(), lines, problems);
                link.setUrl(BasedSequence.of(rewrite(page, link.getUrl(), link.getStartOffset(), lines, links, out, problems, brokenLinks)));
            } else if (node instanceof Image image) {
                checkUrl("img", "src", image.getUrl(), image.getStartOffset(), lines, problems);
                image.setUrl(BasedSequence.of(rewrite(page, image.getUrl(), image.getStartOffset(), lines, links, out, problems, brokenLinks)));
            } else if (node instanceof Reference reference) {
                checkUrl("a", "href", reference.getUrl(), reference.getStartOffset(), lines, problems);
                reference.setUrl(BasedSequence.of(rewrite(page, reference.getUrl(), reference.getStartOffset(), lines, links, out, problems, brokenLinks)));
            } else if (node instanceof WikiLink wiki) {
                wikiLinks.add(wiki);
            } else if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            } else if (node instanceof AutoLink autoLink) {
                checkUrl("a", "href", autoLink.getUrl(), autoLink.getStartOffset(), lines, problems);
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                rawHtml.add(node);
            } else if (node instanceof Text text) {
                // Counted in the page's own string: Flexmark's sequences read a character per call.
                BasedSequence chars = text.getChars();
                words[0] += chars instanceof SubSequence && chars.getBase() instanceof String base
                        ? ReadingTime.words(base, chars.getStartOffset(), chars.getEndOffset())
                        : ReadingTime.words(chars);
            }
        });
        for (WikiLink wiki : wikiLinks) {
            resolveWikiLink(page, wiki, lines, links, out, problems);
        }
        keepForeignTemplatesAsText(document);
        for (Node html : rawHtml) {
            if (html.getParent() != null) {
                reportRemovals(html, lines, problems);
                RawHtmlLinks.resolve(html, (url, offset) -> rewrite(page, url, lines.at(offset), links, out, problems, brokenLinks),
                        (tag, url) -> SANITIZER.urlProblem(tag, tag.equals("img") ? "src" : "href", url).isPresent());
            }
        }
        warnForeignTemplates(body, code, lines, problems);
        return new RenderedBody(engines.renderer().render(document), out, words[0]);
    }

    private static String rewrite(Page page, BasedSequence url, int offset, SourceMap lines, LinkResolver links,
                                  List<OutLink> out, Problems problems, Severity severity) {
        String destination = url.toString();
        if (destination.isEmpty()) {
            return destination;
        }
        return rewrite(page, destination, lines.at(url.isNull() ? offset : url.getStartOffset()), links, out, problems, severity);
    }

    /** The address a link written as {@code destination} at {@code at} becomes; a broken one is reported there. */
    private static String rewrite(Page page, String destination, SourcePosition at, LinkResolver links,
                                  List<OutLink> out, Problems problems, Severity severity) {
        LinkResolver.Target target = links.resolve(page, destination);
        if (target instanceof LinkResolver.Target.ToPage toPage) {
            out.add(new OutLink(page.id(), toPage.page().id(), toPage.anchor(), at));
            toPage.warning().ifPresent(warning -> problems.warning(at, warning));
            return toPage.href();
        }
        if (target instanceof LinkResolver.Target.ToFile file) {
            return file.href();
        }
        if (target instanceof LinkResolver.Target.Broken broken) {
            problems.add(new Problem(at.file(), at.line(), at.column(), severity, broken.message()));
            return destination;
        }
        return destination;
    }

    /**
     * {@code [[id]]}, {@code [[id#anchor]]} or {@code [[id|text]]}: a link by stable id, shown with
     * the target's title when it has no text of its own.
     */
    private void resolveWikiLink(Page page, WikiLink wiki, SourceMap lines, LinkResolver links, List<OutLink> out,
                                 Problems problems) {
        String id = wiki.getPageRef().toString();
        Optional<String> anchor = Optional.of(wiki.getAnchorRef().toString()).filter(a -> !a.isEmpty());
        SourcePosition at = lines.at(wiki.getStartOffset());
        LinkResolver.Target target = links.resolveId(page, id, anchor);
        String html;
        if (target instanceof LinkResolver.Target.ToPage toPage) {
            out.add(new OutLink(page.id(), toPage.page().id(), anchor, at));
            String text = wiki.getText().isNotNull() && !wiki.getText().isBlank() && wiki.getTextSeparatorMarker().isNotNull()
                    ? wiki.getText().toString() : toPage.page().title();
            html = "<a href=\"" + Html.escape(toPage.href()) + "\">" + Html.escape(text) + "</a>";
        } else {
            LinkResolver.Target.Broken broken = (LinkResolver.Target.Broken) target;
            problems.add(new Problem(at.file(), at.line(), at.column(), brokenLinks, broken.message()));
            html = Html.escape(wiki.getChars().toString());
        }
        wiki.insertBefore(new HtmlInline(BasedSequence.of(html)));
        wiki.unlink();
    }

    /** A body that opens with the page's title as a level-1 heading would show the title twice. */
    private static void dropRepeatedTitle(Page page, Document document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            String text = heading.getText().toString().strip();
            if (page.titleFromBody() || text.equalsIgnoreCase(page.title().strip())) {
                heading.unlink();
            }
        }
    }

    /**
     * Reports, at its place in the file, what the sanitizer will take out of this piece of raw HTML.
     * The cleaning itself happens once, on the whole rendered body ({@code postprocess.SafeContent});
     * both apply the same allowlist, and a tag the scan sees alone (an opening tag of inline HTML) is
     * judged by the same rules it meets in the body, so every removal is reported here.
     */
    private static void reportRemovals(Node node, SourceMap lines, Problems problems) {
        BasedSequence chars = node.getChars();
        for (Removal removal : SANITIZER.removals(chars.toString())) {
            // The sequence maps its own offsets to the file's, also where a block skips quote or list markers.
            int at = removal.offset() < 0 || removal.offset() >= chars.length() ? chars.getStartOffset()
                    : chars.getIndexOffset(removal.offset());
            problems.warning(lines.at(at), removal.message());
        }
    }

    /** A Markdown link or image whose address the sanitizer will remove: say so where it is written. */
    private static void checkUrl(String tag, String attribute, BasedSequence url, int nodeOffset, SourceMap lines, Problems problems) {
        // javascript: links are reported by LinkResolver already, as broken links.
        boolean reportedAsBroken = tag.equals("a") && url.toString().strip().regionMatches(true, 0, "javascript:", 0, 11);
        if (url.isEmpty() || reportedAsBroken) {
            return;
        }
        SANITIZER.urlProblem(tag, attribute, url.toString()).ifPresent(why -> problems.warning(
                lines.at(url.isNull() ? nodeOffset : url.getStartOffset()),
                (tag.equals("img") ? "image address \"" : "link address \"") + url + "\" removed: " + why));
    }

    /**
     * {@code {{< shortcode >}}} would otherwise render its angle-bracket part as raw HTML: make it
     * plain text, so other generators' syntax shows as written and never acts.
     */
    private static void keepForeignTemplatesAsText(Document document) {
        List<HtmlInline> foreign = new ArrayList<>();
        visit(document, node -> {
            if (node instanceof HtmlInline html && node.getPrevious() instanceof Text before
                    && before.getChars().toString().endsWith("{{")) {
                foreign.add(html);
            }
        });
        for (HtmlInline html : foreign) {
            html.insertBefore(new Text(html.getChars()));
            html.unlink();
        }
    }

    private static void warnForeignTemplates(String body, List<int[]> code, SourceMap lines, Problems problems) {
        if (body.indexOf('{') < 0) {
            return;
        }
        Matcher matcher = FOREIGN_TEMPLATE.matcher(body);
        int lastLine = -1;
        while (matcher.find()) {
            int at = matcher.start();
            boolean inCode = code.stream().anyMatch(range -> at >= range[0] && at < range[1]);
            SourcePosition position = lines.at(at);
            if (!inCode && position.line() != lastLine) {
                lastLine = position.line();
                problems.warning(position, "\"" + matcher.group() + "\" " + FOREIGN_SYNTAX + "; Playbook shows it as text and never runs it (remove it, or put it in `code`)");
            }
        }
    }


    /** Visits every node below {@code root} in document order, without recursion (pages may nest deeply). */
    private static void visit(Node root, java.util.function.Consumer<Node> action) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        for (Node child = root.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            action.accept(node);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
    }

}
