package dev.playbook.bench.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Hugo site doing comparable work on the same Markdown: title, table of contents, content and a section nav
 * per page. Hugo leaves {@code .md} links unresolved; that does not matter for a timing reference.
 */
final class HugoSite {
    static final String CONFIG = "hugo.toml";
    private static final List<String> LAYOUTS = List.of("baseof.html", "single.html", "list.html");

    void write(Path source, Path site) throws IOException {
        Path content = site.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                String relative = source.relativize(file).toString();
                if (Files.isDirectory(file)) {
                    Files.createDirectories(content.resolve(relative));
                } else if (relative.endsWith(".md")) {
                    // Hugo's home page is content/_index.md; the rest keeps its place.
                    Path target = relative.equals("index.md") ? content.resolve("_index.md") : content.resolve(relative);
                    Files.copy(file, target);
                }
            }
        }
        Path layouts = site.resolve("layouts/_default");
        Files.createDirectories(layouts);
        for (String layout : LAYOUTS) {
            Files.writeString(layouts.resolve(layout), resource(layout), StandardCharsets.UTF_8);
        }
        // Written last: its presence marks a complete copy.
        Files.writeString(site.resolve(CONFIG), config(title(source)), StandardCharsets.UTF_8);
    }

    private static String title(Path source) throws IOException {
        return Files.readAllLines(source.resolve("playbook.yml"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("title: "))
                .map(line -> line.substring(7).strip())
                .findFirst()
                .orElse("Playbook");
    }

    private static String config(String title) {
        return """
                baseURL = "http://localhost/"
                title = "%s"
                languageCode = "en"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]

                [markup.tableOfContents]
                  startLevel = 2
                  endLevel = 3
                """.formatted(title.replace("\"", ""));
    }

    private static String resource(String name) {
        try (InputStream in = HugoSite.class.getResourceAsStream("hugo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource hugo/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
