package dev.playbook.postprocess;

import dev.playbook.safety.HtmlSanitizer;
import org.jsoup.nodes.Element;

/**
 * Cleans the body to the documentation allowlist before any other transform runs, so what they add
 * (heading links, table regions, glossary tips) is the theme's and everything else passed the
 * sanitizer. The removals were reported already, at their place in the Markdown file, by the
 * renderer's scan of the raw HTML with the same sanitizer. Ids the layout uses (the skip link's
 * target, the search box...) are taken off content elements too: a second element with the same id
 * would take over the theme's links and scripts (headings keep theirs renamed, see {@link HeadingAnchors}).
 */
final class SafeContent implements Transform {

    private static final HtmlSanitizer SANITIZER = HtmlSanitizer.documentation();

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        SANITIZER.sanitize(body);
        for (Element element : body.getElementsByAttribute("id")) {
            if (HeadingAnchors.RESERVED.contains(element.id()) && !isHeading(element)) {
                element.removeAttr("id");
            }
        }
    }

    private static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
