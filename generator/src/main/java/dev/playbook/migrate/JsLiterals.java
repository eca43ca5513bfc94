package dev.playbook.migrate;

import dev.playbook.diag.SourcePosition;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals a JavaScript or TypeScript config ({@code docusaurus.config.js},
 * {@code .eleventy.js}) gives its properties, found by pattern. No JavaScript engine runs: a
 * config may import anything and compute anything, and init must never run the handbook's code. So
 * only a plain literal counts ({@code title: 'Support'}, {@code "baseUrl": "/kb/"}); a value that
 * is computed, or a template with {@code ${...}}, is not read. Comments are blanked first (keeping
 * every offset), so a commented-out line is not read either.
 */
final class JsLiterals {

    private final String text;
    private final String code;
    private final String file;

    JsLiterals(String text, String file) {
        this.text = text;
        this.code = blankComments(text);
        this.file = file;
    }

    /**
     * The literal of {@code property} nested least deep in braces and brackets (the config's own
     * {@code title}, say, rather than the navbar's inside it), the first of those; searched in all the
     * text, or only inside the object {@code within} names ({@code docs: {...}}) when given.
     */
    Optional<Setting> literal(String property, Optional<String> within) {
        int from = 0;
        int to = code.length();
        if (within.isPresent()) {
            Matcher open = Pattern.compile("(?<![\\w$.])(['\"]?)" + Pattern.quote(within.get()) + "\\1\\s*:\\s*\\{").matcher(code);
            if (!open.find()) {
                return Optional.empty();
            }
            from = open.end();
            to = closingBrace(open.end());
        }
        Matcher m = Pattern.compile("(?<![\\w$.])(['\"]?)" + Pattern.quote(property)
                + "\\1\\s*:\\s*(?:'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|`([^`$\\\\]*)`)").matcher(code);
        m.region(from, to);
        Optional<Setting> best = Optional.empty();
        int bestDepth = Integer.MAX_VALUE;
        Nesting nesting = new Nesting();
        while (m.find()) {
            int depth = nesting.depthAt(m.start());
            if (depth < bestDepth) {
                bestDepth = depth;
                int group = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
                // The literal as written in the text, not its blanked copy (a "//" inside it is no comment).
                String raw = text.substring(m.start(group), m.end(group));
                best = Optional.of(new Setting(unescape(raw), property, position(m.start(group) - 1)));
            }
        }
        return best;
    }

    /** How deep in braces and brackets an offset is, read forward once (matches come in order). */
    private final class Nesting {
        private int at;
        private int depth;
        private char quote;

        int depthAt(int offset) {
            for (; at < offset; at++) {
                char c = code.charAt(at);
                if (quote != 0) {
                    if (c == '\\') {
                        at++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            return depth;
        }
    }

    /** The offset of the brace that closes the object opened just before {@code from}, skipping strings. */
    private int closingBrace(int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private SourcePosition position(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, offset - lineStart + 1);
    }

    /** The text with {@code //} and {@code /* *}{@code /} comments made spaces (outside string literals), lines kept. */
    static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        char quote = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote || (c == '\n' && quote != '`')) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                int end = out.indexOf("*/", i + 2);
                int stop = end < 0 ? out.length() : end + 2;
                for (; i < stop; i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
                i--;
            }
        }
        return out.toString();
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
