package dev.playbook.postprocess;

import dev.playbook.model.Glossary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.List;

/**
 * Post-processes a rendered page body: one jsoup parse, the transforms in order, one serialise.
 * Immutable, so one instance serves every thread.
 */
public final class ContentPostProcessor {

    private final List<Transform> transforms;

    public ContentPostProcessor() {
        this(Glossary.EMPTY);
    }

    /** @param glossary the terms whose first use on each page links to the glossary */
    public ContentPostProcessor(Glossary glossary) {
        this.transforms = List.of(
                new SafeContent(),
                new Callouts(),
                new HeadingAnchors(),
                new ResponsiveTables(),
                new LinksAndMedia(),
                new Excerpt(),
                new Sections(),
                new GlossaryTerms(glossary));
    }

    /** A body on its own, not placed at any path (links the transforms add are relative to the release root). */
    public ProcessedBody process(String html) {
        return process(html, "index.html", "");
    }

    /**
     * @param url    the page's output path, e.g. {@code standards/greet.html}
     * @param pageId the page's id
     */
    public ProcessedBody process(String html, String url, String pageId) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        ProcessedBody.Builder result = new ProcessedBody.Builder(url, pageId);
        for (Transform transform : transforms) {
            transform.apply(body, result);
        }
        return new ProcessedBody(body.html(), result.headings, result.sections, result.excerpt);
    }
}
