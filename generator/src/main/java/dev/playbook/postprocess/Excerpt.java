package dev.playbook.postprocess;

import org.jsoup.nodes.Element;

/** The first paragraph's text, cut at a word near 200 characters, for listings of pages with no summary. */
final class Excerpt implements Transform {

    static final int LENGTH = 200;

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        Element first = body.getElementsByTag("p").first();
        if (first == null) {
            return;
        }
        String text = first.text().strip();
        if (text.length() > LENGTH) {
            int cut = text.lastIndexOf(' ', LENGTH);
            text = text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
        }
        result.excerpt = text;
    }
}
