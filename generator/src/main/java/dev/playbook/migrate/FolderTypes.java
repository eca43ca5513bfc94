package dev.playbook.migrate;

import dev.playbook.config.PageType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Page types guessed from a handbook's top-level folders by their names: {@code policies/} holds
 * standards, {@code limits/} parameters, {@code examples/} stories. Everything else is a guide.
 */
final class FolderTypes {

    /** A top-level folder holding Markdown, and the built-in type its name suggests. */
    record Guess(String folder, String base) { }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("vision", PageType.VISION), Map.entry("mission", PageType.VISION), Map.entry("purpose", PageType.VISION),
            Map.entry("standards", PageType.STANDARD), Map.entry("standard", PageType.STANDARD),
            Map.entry("policies", PageType.STANDARD), Map.entry("policy", PageType.STANDARD),
            Map.entry("procedures", PageType.STANDARD), Map.entry("rules", PageType.STANDARD), Map.entry("sops", PageType.STANDARD),
            Map.entry("parameters", PageType.PARAMETER), Map.entry("limits", PageType.PARAMETER),
            Map.entry("thresholds", PageType.PARAMETER), Map.entry("authority", PageType.PARAMETER),
            Map.entry("stories", PageType.STORY), Map.entry("examples", PageType.STORY), Map.entry("cases", PageType.STORY),
            Map.entry("case-studies", PageType.STORY), Map.entry("scenarios", PageType.STORY));

    private FolderTypes() {
    }

    /** Every top-level folder with Markdown in it, by name; hidden and {@code _}-folders are not pages' homes. */
    static List<Guess> guess(Path root) {
        List<Guess> guesses = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path folder : entries.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("_") || name.equals("node_modules") || !holdsMarkdown(folder)) {
                    continue;
                }
                guesses.add(new Guess(name, NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), PageType.GUIDE)));
            }
        } catch (IOException | UncheckedIOException e) {
            return guesses; // an unreadable folder: the build reports it; types are only a suggestion
        }
        return guesses;
    }

    private static boolean holdsMarkdown(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return (name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(f);
            });
        }
    }
}
