package dev.playbook.migrate;

import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for a handbook whose config names none: the home page's front-matter {@code title}, else
 * its first heading, else the folder's name ({@code support-handbook} is "Support handbook").
 */
final class HomeTitle {

    static final List<String> HOME_PAGES = List.of("_index.md", "index.md", "README.md", "readme.md", "index.markdown");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private HomeTitle() {
    }

    /** The title, and where it came from in words, for the comment beside it. */
    record Found(String title, String source) { }

    static Found of(Path root, String rootDisplay, Path project) {
        for (String name : HOME_PAGES) {
            String shown = ProjectPaths.join(rootDisplay, name);
            // A page's own problems are the build's to report: here it only may hold a title.
            Optional<String> text = ConfigTree.text(root.resolve(name), shown, new Problems());
            if (text.isPresent()) {
                Optional<Found> found = frontMatterTitle(text.get()).map(t -> new Found(t, "the title of " + shown))
                        .or(() -> firstHeading(text.get()).map(t -> new Found(t, "the first heading of " + shown)));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return new Found(fromName(project), "the folder's name");
    }

    private static Optional<String> frontMatterTitle(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return Optional.empty();
        }
        Matcher close = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*\\r?$").matcher(text);
        if (!close.find(4)) {
            return Optional.empty();
        }
        try {
            YamlDocument yaml = YamlDocument.parse(text.substring(text.indexOf('\n') + 1, close.start()), "", 2);
            return yaml.get("title").filter(n -> n.isValueNode()).map(n -> n.asText().replaceAll("\\s+", " ").strip())
                    .filter(t -> !t.isEmpty());
        } catch (YamlException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstHeading(String text) {
        boolean inFence = false;
        for (String line : text.split("\\r?\\n")) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches() && !heading.group(1).isBlank()) {
                return Optional.of(heading.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** {@code support-handbook} as "Support handbook". */
    static String fromName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return "Handbook";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
