package dev.playbook.load;

import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

/** Splits a page's text into YAML front matter (between {@code ---} fences at the top) and body. */
final class FrontMatter {

    private FrontMatter() {
    }

    record Split(YamlDocument frontMatter, String body, int bodyLine) {
    }

    /**
     * A front matter that is not valid YAML is reported and read as empty, so the page still takes
     * part in the build and links to it do not add false problems.
     */
    static Split split(String text, String file, Problems problems) {
        if (!isFence(text, 0)) {
            return new Split(YamlDocument.empty(file, 0), text, 1);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int at = yamlStart;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            int lineEnd = end < 0 ? text.length() : end;
            String content = text.substring(at, lineEnd).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                String yaml = text.substring(yamlStart, at);
                String body = end < 0 ? "" : text.substring(end + 1);
                var tooLarge = SourceLimits.frontMatterTooLarge(file, yaml.length());
                if (tooLarge.isPresent()) {
                    problems.add(tooLarge.get());
                    return new Split(YamlDocument.empty(file, 2), body, line + 1);
                }
                try {
                    return new Split(YamlDocument.parse(yaml, file, 2), body, line + 1);
                } catch (YamlException e) {
                    problems.add(e.problem());
                    return new Split(YamlDocument.empty(file, 2), body, line + 1);
                }
            }
            line++;
            at = lineEnd + 1;
        }
        problems.error(new SourcePosition(file, 1, 1),
                "front matter opened with \"---\" is never closed; add a line \"---\" after the last field");
        return new Split(YamlDocument.empty(file, 1), text, 1);
    }

    /** True when the text opens with a line that is exactly {@code ---} (trailing blanks allowed). */
    private static boolean isFence(String text, int from) {
        if (!text.startsWith("---", from)) {
            return false;
        }
        int end = text.indexOf('\n', from);
        String line = (end < 0 ? text.substring(from) : text.substring(from, end)).stripTrailing();
        return line.equals("---") && end >= 0;
    }
}
