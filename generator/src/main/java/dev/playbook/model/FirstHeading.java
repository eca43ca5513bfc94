package dev.playbook.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the title a page without front matter gives itself: its first level-1 heading, else its
 * first heading of any level, outside code fences. A cheap line scan, so the model knows titles
 * before any page is rendered.
 */
final class FirstHeading {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[^}]*}\\s*$");

    private FirstHeading() {
    }

    static Optional<String> find(String body) {
        String firstAny = null;
        String fence = null;
        String previous = "";
        for (String line : body.split("\n", -1)) {
            if (fence == null && !mayMatter(line)) {
                previous = line;
                continue;
            }
            var fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.matches() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length() && line.strip().equals(fenceMatch.group(1))) {
                    fence = null;
                }
                previous = "";
                continue;
            }
            if (fenceMatch.matches()) {
                fence = fenceMatch.group(1);
                previous = "";
                continue;
            }
            var atx = ATX.matcher(line);
            String text = null;
            int level = 0;
            if (atx.matches()) {
                text = atx.group(2);
                level = atx.group(1).length();
            } else if (!previous.isBlank() && SETEXT_1.matcher(line).matches()) {
                text = previous;
                level = 1;
            } else if (!previous.isBlank() && SETEXT_2.matcher(line).matches() && !previous.startsWith(" ")) {
                text = previous;
                level = 2;
            }
            if (text != null) {
                String clean = plain(text);
                if (!clean.isEmpty()) {
                    if (level == 1) {
                        return Optional.of(clean);
                    }
                    if (firstAny == null) {
                        firstAny = clean;
                    }
                }
            }
            previous = line;
        }
        return Optional.ofNullable(firstAny);
    }

    /** Only lines that open with these can start a heading or a fence, or underline a heading. */
    private static boolean mayMatter(String line) {
        int i = 0;
        while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '#' || c == '=' || c == '-' || c == '`' || c == '~';
    }

    /**
     * Heading Markdown as plain text, as the old generators showed it: links to their text, emphasis
     * marks removed, code spans kept as written, backslash escapes resolved ({@code \>} is {@code >}).
     * An underscore inside a word ({@code my_var}) and a star or underscore between spaces
     * ({@code 2 * 3}) are not emphasis in CommonMark, so they stay.
     */
    static String plain(String markdown) {
        String text = ATTRIBUTES.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int run = runEnd(text, i);
                int close = text.indexOf(text.substring(i, run), run);
                while (close >= 0 && runEnd(text, close) != close + (run - i)) {
                    close = text.indexOf(text.substring(i, run), runEnd(text, close));
                }
                if (close < 0) {
                    out.append(text, i, run);
                    i = run;
                } else {
                    String code = text.substring(run, close);
                    boolean padded = code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank();
                    out.append(padded ? code.substring(1, code.length() - 1) : code);
                    i = close + (run - i);
                }
            } else if (c == '*' || c == '_') {
                int run = runEnd(text, i);
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                char after = run >= text.length() ? ' ' : text.charAt(run);
                boolean literal = Character.isWhitespace(before) && Character.isWhitespace(after)
                        || c == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
                if (literal) {
                    out.append(text, i, run);
                }
                i = run;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** The end of the run of the character at {@code start}. */
    private static int runEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) == text.charAt(start)) {
            end++;
        }
        return end;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
