package dev.playbook.dialects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link tags of other generators' template languages, where a Markdown link's target (or a raw
 * HTML {@code href} or {@code src}) is one:
 * Hugo's {@code {{< ref "x.md#a" >}}} and {@code relref}, Jekyll's {@code {% link docs/x.md %}}
 * and {@code {% post_url 2020-01-31-x %}}, {@code {{ site.baseurl }}/x/} and
 * {@code {{ '/x/' | relative_url }}} (also {@code absolute_url}, Eleventy's {@code url},
 * Hugo's {@code relURL}). Each becomes the plain path it stood for, before the Markdown is parsed,
 * so the link resolves like any other. The text keeps its lines, and its columns too when the
 * path is shorter than the tag (it always is but for a Hugo reference made from a longer path):
 * the target is padded with spaces, which Markdown ignores there. A target with any other
 * template syntax is left as it is, shown as text with a warning.
 */
public final class LinkTags {

    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+]:[ \\t]*");
    private static final Pattern FILTERED = Pattern.compile(
            "(['\"])(.*?)\\1\\s*\\|\\s*(relative_url|absolute_url|url|relURL|absURL|prepend:\\s*site\\.baseurl)\\s*");
    private static final Pattern SITE_PREFIX = Pattern.compile("site\\.(baseurl|url)(\\s*\\|\\s*append:\\s*site\\.baseurl)?|\\.Site\\.BaseURL");
    private static final Pattern HTML_TARGET = Pattern.compile("(?i)\\s(?:href|src)\\s*=\\s*[\"']");
    private static final Pattern ARGUMENT = Pattern.compile("(?:(\\w+)=)?(\"[^\"]*\"|'[^']*'|\\S+)");

    private LinkTags() {
    }

    /** Whether the text may hold a tag at all: most pages hold none and are left as they are. */
    public static boolean mayHave(String text) {
        return text.contains("{{") || text.contains("{%");
    }

    /**
     * The text with every link target that is a tag replaced by its path.
     *
     * @param refs what a Hugo {@code ref} or {@code relref} path leads to, as a link the page can hold
     */
    public static String rewrite(String text, UnaryOperator<String> refs) {
        return rewrite(text, refs, offset -> { });
    }

    /**
     * The same, telling {@code replaced} the offset in {@code text} of each target it rewrote.
     */
    public static String rewrite(String text, UnaryOperator<String> refs, IntConsumer replaced) {
        if (!mayHave(text)) {
            return text;
        }
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf("]("); at >= 0; at = text.indexOf("](", at + 2)) {
            int start = at + 2;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            starts.add(start);
        }
        Matcher definition = DEFINITION.matcher(text);
        while (definition.find()) {
            starts.add(definition.end());
        }
        // Raw HTML in the page: <a href="{{< ref "x.md" >}}">, <img src="{{ '/i.png' | relative_url }}">.
        Matcher attribute = HTML_TARGET.matcher(text);
        while (attribute.find()) {
            starts.add(attribute.end());
        }
        starts.sort(null);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int start : starts) {
            if (start < copied || !(text.startsWith("{{", start) || text.startsWith("{%", start))) {
                continue;
            }
            Replacement replacement = target(text, start, refs);
            if (replacement == null) {
                continue;
            }
            replaced.accept(start);
            out.append(text, copied, start).append(replacement.path());
            int length = replacement.end() - start;
            for (int pad = replacement.path().length(); pad < length; pad++) {
                out.append(' ');
            }
            copied = replacement.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private record Replacement(String path, int end) { }

    /** The target starting at {@code start}: tags and plain characters up to a space or the closing parenthesis. */
    private static Replacement target(String text, int start, UnaryOperator<String> refs) {
        StringBuilder path = new StringBuilder();
        int i = start;
        int depth = 0;
        char quote = start > 0 && text.charAt(start - 1) == '\'' ? '\'' : '"'; // a raw HTML attribute's own quote
        while (i < text.length()) {
            String open = text.startsWith("{{<", i) ? "{{<" : text.startsWith("{{%", i) ? "{{%"
                    : text.startsWith("{%", i) ? "{%" : text.startsWith("{{", i) ? "{{" : null;
            if (open != null) {
                String close = switch (open) {
                    case "{{<" -> ">}}";
                    case "{{%" -> "%}}";
                    case "{%" -> "%}";
                    default -> "}}";
                };
                int end = text.indexOf(close, i + open.length());
                int line = text.indexOf('\n', i);
                if (end < 0 || (line >= 0 && line < end)) {
                    return null;
                }
                String inner = trimDashes(text.substring(i + open.length(), end));
                String value = switch (open) {
                    case "{{<", "{{%" -> hugo(inner, refs);
                    case "{%" -> liquid(inner);
                    default -> expression(inner);
                };
                if (value == null) {
                    return null;
                }
                path.append(value);
                i = end + close.length();
                continue;
            }
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == quote || c == '<' || c == '>') {
                break;
            }
            path.append(c);
            i++;
        }
        return new Replacement(path.toString().replace(" ", "%20"), i);
    }

    /** {@code ref "x.md#a"}, {@code relref "/x"}, {@code relref path="x" lang="en"}, {@code ref . "x"}. */
    private static String hugo(String inner, UnaryOperator<String> refs) {
        Matcher arguments = ARGUMENT.matcher(inner);
        if (!arguments.find() || !(arguments.group(2).equals("ref") || arguments.group(2).equals("relref"))) {
            return null;
        }
        String named = null;
        String positional = null;
        while (arguments.find()) {
            String value = unquote(arguments.group(2));
            if ("path".equals(arguments.group(1))) {
                named = value;
            } else if (arguments.group(1) == null && positional == null && !value.equals(".")) {
                positional = value;
            }
        }
        String path = named != null ? named : positional;
        return path == null ? null : refs.apply(path);
    }

    /** {@code link docs/x.md} (from the site's root) and {@code post_url 2020-01-31-x} (a post's file name). */
    private static String liquid(String inner) {
        String[] words = inner.strip().split("\\s+", 2);
        if (words.length < 2) {
            return null;
        }
        String argument = unquote(words[1].strip());
        return switch (words[0]) {
            case "link" -> "/" + stripLeadingSlashes(argument);
            case "post_url" -> "/_posts/" + stripLeadingSlashes(argument);
            default -> null;
        };
    }

    /** {@code site.baseurl} (nothing: links are from the root already) or {@code '/x/' | relative_url} ({@code /x/}). */
    private static String expression(String inner) {
        String text = inner.strip();
        if (SITE_PREFIX.matcher(text).matches()) {
            return "";
        }
        Matcher filtered = FILTERED.matcher(text);
        return filtered.matches() ? filtered.group(2) : null;
    }

    private static String trimDashes(String inner) {
        String text = inner.strip();
        if (text.startsWith("-")) {
            text = text.substring(1);
        }
        if (text.endsWith("-")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
