package dev.playbook.postprocess;

import org.jsoup.nodes.Element;

/** Links to other sites get {@code rel="noopener"} and a class; images load lazily. */
final class LinksAndMedia implements Transform {

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        for (Element link : body.getElementsByAttribute("href")) {
            if (!link.nameIs("a")) {
                continue;
            }
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                link.addClass("external").attr("rel", "noopener noreferrer");
            }
        }
        for (Element image : body.getElementsByTag("img")) {
            image.attr("loading", "lazy").attr("decoding", "async");
            if (!image.hasAttr("alt")) {
                image.attr("alt", "");
            }
        }
    }
}
