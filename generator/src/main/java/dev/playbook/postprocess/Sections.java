package dev.playbook.postprocess;

import dev.playbook.model.Heading;
import dev.playbook.model.Section;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/** Splits the body's text at its top-level h2 and h3 headings (runs after headings have their ids). */
final class Sections implements Transform {

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        Map<String, Heading> byId = new HashMap<>();
        result.headings.forEach(h -> byId.put(h.id(), h));
        String anchor = "";
        String heading = "";
        int level = 1;
        StringBuilder text = new StringBuilder();
        for (Element child : body.children()) {
            Heading found = (child.nameIs("h2") || child.nameIs("h3")) ? byId.get(child.id()) : null;
            if (found != null) {
                close(result, anchor, heading, level, text);
                anchor = found.id();
                heading = found.text();
                level = found.level();
                text.setLength(0);
            } else {
                String words = child.text();
                if (!words.isBlank()) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(words);
                }
            }
        }
        close(result, anchor, heading, level, text);
    }

    private static void close(ProcessedBody.Builder result, String anchor, String heading, int level, StringBuilder text) {
        if (!heading.isEmpty() || text.length() > 0) {
            result.sections.add(new Section(anchor, heading, level, text.toString()));
        }
    }
}
