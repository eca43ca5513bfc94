package dev.playbook.migrate;

import dev.playbook.config.PageType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The text of the {@code playbook.yml} init writes: each value with a comment saying where it came
 * from, and the page types guessed from the folders as a commented-out list (typing pages turns on
 * checks that pages written for another generator would not pass: the user decides).
 */
final class PlaybookYml {

    /** A value and, for the comment beside it, where it came from. */
    record Value(String value, String from) {
        Value {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
        }
    }

    private PlaybookYml() {
    }

    static String text(String heading, Value title, Value language, List<Value> basePaths, List<FolderTypes.Guess> folders) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(heading).append('\n');
        out.append("# Each value says where it came from. Every setting: docs/bring-your-handbook.md.\n");
        out.append("title: ").append(quote(title.value())).append("  # ").append(comment(title.from())).append('\n');
        out.append("language: ").append(quote(language.value())).append("  # ").append(comment(language.from())).append('\n');
        if (basePaths.isEmpty()) {
            out.append("# base-path: \"/handbook/\"  # the path the old site was served under, if not the root of its host\n");
        } else if (basePaths.size() == 1) {
            out.append("base-path: ").append(quote(basePaths.get(0).value())).append("  # ")
                    .append(comment(basePaths.get(0).from())).append(": the path the old site was served under\n");
        } else {
            out.append("base-path:  # the paths the old site was served under\n");
            for (Value path : basePaths) {
                out.append("  - ").append(quote(path.value())).append("  # ").append(comment(path.from())).append('\n');
            }
        }
        out.append("checks:\n");
        out.append("  links: warning  # broken links are reported without failing the build; make it error once they are fixed\n");
        types(folders, out);
        return out.toString();
    }

    private static void types(List<FolderTypes.Guess> folders, StringBuilder out) {
        List<FolderTypes.Guess> typed = folders.stream().filter(g -> !g.base().equals(PageType.GUIDE)).toList();
        List<String> guides = folders.stream().filter(g -> g.base().equals(PageType.GUIDE)).map(FolderTypes.Guess::folder).toList();
        if (typed.isEmpty()) {
            out.append("# Page types: every page is a guide").append(guides.isEmpty() ? "" : " (" + comment(String.join(", ", guides)) + ")")
                    .append("; no top-level folder is named like standards, limits, stories or a vision.\n");
            return;
        }
        out.append("# Page types guessed from the top-level folders: uncomment to type their pages (a standard is\n");
        out.append("# checked for How, When and Authority sections, a parameter for its limits); other pages are guides.\n");
        out.append("# types:\n");
        Set<String> ids = new HashSet<>();
        for (FolderTypes.Guess guess : typed) {
            String id = unique(slug(guess.folder()), ids);
            String title = words(guess.folder());
            out.append("#   - {id: ").append(id).append(", title: ").append(quote(title)).append(", plural: ").append(quote(title))
                    .append(", folder: ").append(quote(guess.folder())).append(", base: ").append(guess.base()).append("}\n");
        }
        out.append("#   - {id: ").append(unique("guide", ids)).append(", title: \"Guide\", plural: \"Guides\", folder: \"guides\", base: guide}\n");
        if (!guides.isEmpty()) {
            out.append("# Folders of guides: ").append(comment(String.join(", ", guides))).append(".\n");
        }
    }

    /** A YAML double-quoted scalar: every character that could end the line or the quote is escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c >= 0xd800 && c <= 0xdfff) {
                out.append('\ufffd'); // half of a pair, which no file can hold
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** Text made safe to stand in a comment: on one line. */
    private static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\ufeff]+", " ").strip();
    }

    private static String slug(String folder) {
        String slug = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "type" : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static String words(String folder) {
        String words = folder.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? folder : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
