package dev.playbook.postprocess;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps raw HTML in Markdown within what a strict Content-Security-Policy allows: no scripts, no
 * event-handler attributes, no {@code javascript:} URLs, no inline styles (alignment becomes a class).
 */
final class SafeContent implements Transform {

    private static final java.util.Set<String> REMOVED = java.util.Set.of("script", "object", "embed", "base", "meta", "link");

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        for (Element element : body.getAllElements()) {
            if (REMOVED.contains(element.normalName())) {
                element.remove();
                continue;
            }
            List<String> drop = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || (isUrl(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")))) {
                    drop.add(attribute.getKey());
                } else if (name.equals("style")) {
                    alignmentClass(value).ifPresent(element::addClass);
                    drop.add(attribute.getKey());
                }
            }
            drop.forEach(element::removeAttr);
        }
    }

    private static boolean isUrl(String attribute) {
        return attribute.equals("href") || attribute.equals("src") || attribute.equals("action")
                || attribute.equals("formaction") || attribute.equals("xlink:href") || attribute.equals("data");
    }

    private static java.util.Optional<String> alignmentClass(String style) {
        for (String align : new String[] {"left", "center", "right"}) {
            if (style.replace(" ", "").contains("text-align:" + align)) {
                return java.util.Optional.of("align-" + align);
            }
        }
        return java.util.Optional.empty();
    }
}
