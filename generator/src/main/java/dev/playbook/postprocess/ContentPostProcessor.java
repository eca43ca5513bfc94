package dev.playbook.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.List;

/**
 * Post-processes a rendered page body: one jsoup parse, the transforms in order, one serialise.
 * Stateless, so one instance serves every thread.
 */
public final class ContentPostProcessor {

    private final List<Transform> transforms = List.of(
            new SafeContent(),
            new Callouts(),
            new HeadingAnchors(),
            new ResponsiveTables(),
            new LinksAndMedia(),
            new Excerpt(),
            new Sections());

    public ProcessedBody process(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        ProcessedBody.Builder result = new ProcessedBody.Builder();
        for (Transform transform : transforms) {
            transform.apply(body, result);
        }
        return new ProcessedBody(body.html(), result.headings, result.sections, result.excerpt);
    }
}
