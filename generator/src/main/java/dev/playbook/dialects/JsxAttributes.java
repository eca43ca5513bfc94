package dev.playbook.dialects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of an MDX tag written as HTML ones, so the sanitizer judges what they mean rather
 * than the braces: {@code style={{textAlign: 'center', marginBottom: 0}}} is
 * {@code style="text-align: center; margin-bottom: 0"}, {@code width={600}} is {@code width="600"},
 * {@code alt={'x'}} is {@code alt="x"}, {@code src={require('./a.png').default}} is
 * {@code src="./a.png"}, {@code className} is {@code class}. Any other expression has no HTML
 * meaning: the attribute goes. Tags inside code spans are left as written.
 */
final class JsxAttributes {

    private static final Pattern TAG = Pattern.compile("<[A-Za-z][\\w.:-]*(?:\\s[^<>]*?)?/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([A-Za-z_:][\\w:.-]*)=\\{(\\{[^{}]*}|[^{}]*)}");
    private static final Pattern STRING = Pattern.compile("\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`$]*)`)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern REQUIRE = Pattern.compile("\\s*require\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)(?:\\.default)?\\s*");
    private static final Pattern ENTRY = Pattern.compile("\\s*['\"]?([A-Za-z-]+)['\"]?\\s*:\\s*(\"[^\"]*\"|'[^']*'|[^,]+?)\\s*(?:,|$)");
    private static final Pattern CLASS_NAME = Pattern.compile("(\\s)className=(?=[\"'])");
    private static final Set<String> UNITLESS = Set.of("lineHeight", "opacity", "zIndex", "flex", "flexGrow", "flexShrink",
            "fontWeight", "order");

    private JsxAttributes() {
    }

    static Line rewrite(Line line) {
        String text = line.text();
        if (text.indexOf('<') < 0 || text.indexOf('{') < 0 && !text.contains("className=")) {
            return line;
        }
        Line out = line;
        Matcher tag = TAG.matcher(text);
        List<int[]> tags = new ArrayList<>();
        while (tag.find()) {
            if (!inCodeSpan(text, tag.start())) {
                tags.add(new int[] {tag.start(), tag.end()});
            }
        }
        for (int t = tags.size() - 1; t >= 0; t--) {
            int start = tags.get(t)[0];
            String inside = text.substring(start, tags.get(t)[1]);
            List<int[]> edits = new ArrayList<>();
            List<String> replacements = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(inside);
            while (attribute.find()) {
                String html = html(name(attribute.group(2)), attribute.group(3));
                // Kept, it starts where the attribute did (problems point there); dropped, its space goes too.
                edits.add(new int[] {start + (html.isEmpty() ? attribute.start() : attribute.start(2)), start + attribute.end()});
                replacements.add(html);
            }
            Matcher className = CLASS_NAME.matcher(inside);
            while (className.find()) {
                edits.add(new int[] {start + className.start(1) + 1, start + className.end()});
                replacements.add("class=");
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < edits.size(); k++) {
                order.add(k);
            }
            order.sort((a, b) -> Integer.compare(edits.get(b)[0], edits.get(a)[0]));
            for (int k : order) {
                out = out.replace(edits.get(k)[0], edits.get(k)[1], replacements.get(k));
            }
        }
        return out;
    }

    private static String name(String jsx) {
        return jsx.equals("className") ? "class" : jsx.equals("htmlFor") ? "for" : jsx;
    }

    /** The HTML form of {@code name={expression}}, or nothing when the expression has none. */
    private static String html(String name, String expression) {
        if (expression.startsWith("{")) {
            return name.equals("style") ? "style=\"" + css(expression.substring(1, expression.length() - 1)) + "\"" : "";
        }
        for (Pattern value : List.of(STRING, NUMBER, REQUIRE)) {
            Matcher m = value.matcher(expression);
            if (m.matches()) {
                String text = m.group(1) != null ? m.group(1) : m.groupCount() > 1 && m.group(2) != null ? m.group(2)
                        : m.groupCount() > 2 && m.group(3) != null ? m.group(3) : "";
                return name + "=\"" + text.replace("\"", "&quot;") + "\"";
            }
        }
        return expression.strip().equals("true") ? name : "";
    }

    /** A React style object as CSS: camelCase properties in kebab-case, numbers in pixels where React adds them. */
    private static String css(String object) {
        List<String> declarations = new ArrayList<>();
        Matcher entry = ENTRY.matcher(object);
        while (entry.find()) {
            String property = entry.group(1);
            String value = entry.group(2).strip();
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
                value = value.substring(1, value.length() - 1);
            } else if (value.matches("-?\\d+(\\.\\d+)?") && !value.equals("0") && !UNITLESS.contains(property)) {
                value = value + "px";
            }
            String kebab = property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            declarations.add(kebab + ": " + value.replace("\"", "'"));
        }
        return String.join("; ", declarations);
    }

    private static boolean inCodeSpan(String text, int index) {
        int ticks = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }
}
