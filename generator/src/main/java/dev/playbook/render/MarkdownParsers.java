package dev.playbook.render;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Flexmark parsers, one per set of extensions a page can use. Each extension has a cheap trigger
 * (tables need a {@code |}, footnotes {@code [^}, ...): a page without the trigger cannot use the
 * extension, so it is parsed without it, which is the same result for less work. Parsers are
 * built on first use and shared by all threads; one renderer knows every extension.
 */
final class MarkdownParsers {

    /** An extension and the text without which it has nothing to do. */
    private record Feature(Supplier<Extension> extension, Predicate<String> trigger) { }

    private static final List<Feature> FEATURES = List.of(
            new Feature(TablesExtension::create, text -> text.indexOf('|') >= 0),
            new Feature(StrikethroughExtension::create, text -> text.contains("~~")),
            new Feature(TaskListExtension::create, text -> text.contains("[ ]") || text.contains("[x]") || text.contains("[X]")),
            new Feature(AutolinkExtension::create, text -> text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0),
            new Feature(FootnoteExtension::create, text -> text.contains("[^")),
            new Feature(AttributesExtension::create, text -> text.indexOf('{') >= 0),
            new Feature(WikiLinkExtension::create, text -> text.contains("[[")));

    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(1 << FEATURES.size());
    private final HtmlRenderer renderer = HtmlRenderer.builder(rendererOptions())
            .nodeRendererFactory(new PlainTextRenderer.Factory())
            .build();

    /** The parser for exactly the extensions this text can use. */
    Parser parserFor(String text) {
        int mask = 0;
        for (int i = 0; i < FEATURES.size(); i++) {
            if (FEATURES.get(i).trigger().test(text)) {
                mask |= 1 << i;
            }
        }
        return parser(mask);
    }

    /** The parser with every extension, whatever the text. */
    Parser fullParser() {
        return parser((1 << FEATURES.size()) - 1);
    }

    HtmlRenderer renderer() {
        return renderer;
    }

    /** The renderer with Flexmark's own text escaping, which {@link PlainTextRenderer} must match byte for byte. */
    static HtmlRenderer flexmarkTextRenderer() {
        return HtmlRenderer.builder(rendererOptions()).build();
    }

    private Parser parser(int mask) {
        Parser parser = parsers.get(mask);
        if (parser == null) {
            parsers.compareAndSet(mask, null, Parser.builder(options(mask))
                    .customInlineParserFactory(LinearInlineParser::new)
                    // Flexmark reads reference definitions itself only with its own inline parser.
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                    .customBlockParserFactory(new LinearHeadings())
                    .build());
            parser = parsers.get(mask);
        }
        return parser;
    }

    /**
     * Every extension, and HTML written as the renderer makes it, without the line reformatting
     * pass (trimming, indenting) that the post-processor makes moot: the same HTML here, faster.
     */
    private static MutableDataSet rendererOptions() {
        MutableDataSet options = options((1 << FEATURES.size()) - 1);
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options;
    }

    /** The parser options for a set of extensions (package-private so tests can build Flexmark's stock parser from them). */
    static MutableDataSet options(int mask) {
        List<Extension> extensions = new ArrayList<>();
        for (int i = 0; i < FEATURES.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                extensions.add(FEATURES.get(i).extension().get());
            }
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        // Parsing in linear time (issue 13): headings by LinearHeadings instead.
        options.set(Parser.HEADING_PARSER, false);
        return options;
    }
}
