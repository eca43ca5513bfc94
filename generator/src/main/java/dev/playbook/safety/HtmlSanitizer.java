package dev.playbook.safety;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans HTML to an allowlist: jsoup's {@link Safelist} for documentation, applied by jsoup's own
 * {@link Cleaner}, plus a URL check made as a browser reads the value (entities decoded, control
 * characters and spaces stripped): links may be {@code http}, {@code https}, {@code mailto},
 * {@code tel} or relative; images load from the site itself (or a {@code data:} PNG, GIF, JPEG or WebP).
 * Before the cleaner runs, an {@code iframe} with a web address becomes a link to it, and
 * {@code style="text-align:..."} (or {@code align="center"} on a block) becomes an {@code align-*} class. Everything else outside the
 * allowlist goes, its text kept; {@link #removals(String)} says what and why, with positions.
 * <p>
 * Immutable and thread-safe: build it once ({@link #documentation()}) and share it.
 */
public final class HtmlSanitizer {

    /** At most this many read-backs of the cleaned HTML (one settles every case found so far). */
    private static final int READ_BACKS = 4;
    private static final HtmlSanitizer DOCUMENTATION = new HtmlSanitizer(DocumentationSafelist.create());

    private final Safelist safelist;
    private final Cleaner cleaner;

    private HtmlSanitizer(Safelist safelist) {
        this.safelist = safelist;
        this.cleaner = new Cleaner(safelist);
    }

    /** The sanitizer for page content: what Markdown and documentation HTML need, nothing that runs or loads. */
    public static HtmlSanitizer documentation() {
        return DOCUMENTATION;
    }

    /** A copy of the allowlist of elements and attributes (URLs are judged apart from it, see {@link #isClean}). */
    public Safelist safelist() {
        return new Safelist(safelist);
    }

    /** The body fragment, cleaned: only allowed elements, attributes and URLs remain. */
    public String clean(String bodyHtml) {
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        sanitize(document.body());
        return document.body().html();
    }

    /**
     * Cleans the children of {@code root} in place (one parse serves the sanitizer and the transforms
     * after it) and returns what was removed, with offsets when the tree was parsed with positions.
     */
    public List<Removal> sanitize(Element root) {
        Objects.requireNonNull(root, "root");
        Inspection inspection = Inspection.of(root, safelist);
        long untouched = inspection.changesNothing() ? SettledTree.size(root) : -1;
        inspection.apply();
        Document dirty = Document.createShell("");
        dirty.body().appendChildren(new ArrayList<>(root.childNodes()));
        Document clean = cleaner.clean(dirty);
        boolean settled = untouched >= 0 && SettledTree.size(clean.body()) == untouched && SettledTree.tablesAsParsed(clean.body());
        root.appendChildren(settled ? asWritten(clean) : asReadBack(clean));
        return inspection.removals();
    }

    /** The cleaned nodes of a tree that reads back as it is ({@link SettledTree}), with the one rule reading back adds. */
    private static List<Node> asWritten(Document clean) {
        keepLeadingLineBreaks(clean);
        return new ArrayList<>(clean.body().childNodes());
    }

    /**
     * The cleaned nodes as a browser builds them from their HTML. Taking an element away can leave its
     * content where the parser would never put it (a link from a removed {@code <template>} inside another
     * link, a paragraph from an SVG {@code foreignObject} inside a paragraph), and jsoup's parser itself
     * sometimes leaves content in a table row that a browser moves before the table (jhy/jsoup#2601): the
     * reader's browser would then show another tree than the one cleaned, and cleaning again would change
     * the page (found by SanitizerFuzzTest). Reading the HTML back until it no longer changes (once, almost
     * always) gives the tree the browser builds. It stays clean: parsing adds no attribute and no element but
     * the table parts a browser implies.
     */
    private static List<Node> asReadBack(Document clean) {
        Element body = clean.body();
        String html = serialised(clean);
        for (int round = 0; round < READ_BACKS; round++) {
            Document again = Jsoup.parseBodyFragment(html);
            String read = serialised(again);
            if (read.equals(html)) {
                break;
            }
            body = again.body();
            html = read;
        }
        return new ArrayList<>(body.childNodes());
    }

    /**
     * The HTML as the HTML standard serialises it, which takes one rule more than jsoup: the parser drops a line
     * break right after {@code <pre>}, so a {@code pre} whose text starts with one gets another in front (kept
     * in the tree, so the page shows the blank lines its author wrote; read back without it, each round lost one).
     */
    private static String serialised(Document document) {
        keepLeadingLineBreaks(document);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return document.body().html();
    }

    private static void keepLeadingLineBreaks(Document document) {
        for (Element pre : document.body().getElementsByTag("pre")) {
            if (pre.childNodeSize() > 0 && pre.childNode(0) instanceof TextNode text && text.getWholeText().startsWith("\n")) {
                text.text("\n" + text.getWholeText());
            }
        }
    }

    /**
     * What {@link #clean} would remove from this HTML and why, each with its offset in {@code html}:
     * for warnings that point at the raw HTML in a Markdown file. Changes nothing.
     */
    public List<Removal> removals(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Element context = Document.createShell("").body();
        Element holder = new Element("body");
        for (Node node : parser.parseFragmentInput(html, context, "")) {
            holder.appendChild(node);
        }
        return Inspection.of(holder, safelist).removals();
    }

    /**
     * Whether this body fragment holds nothing the sanitizer would remove: every element and attribute
     * in the allowlist, every URL allowed. True of everything {@link #clean} returns (the property a
     * fuzz test checks).
     */
    public boolean isClean(String bodyHtml) {
        return removals(bodyHtml).isEmpty();
    }

    /**
     * Why a URL may not be used as this attribute of this element ({@code a href}, {@code img src},
     * {@code blockquote cite}), or empty when it may: for Markdown links and images, which are not raw HTML.
     */
    public Optional<String> urlProblem(String tag, String attribute, String url) {
        return UrlPolicy.isUrl(tag, attribute) ? UrlPolicy.problem(tag, attribute, url) : Optional.empty();
    }
}
