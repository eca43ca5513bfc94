package dev.playbook.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The search indexes of a built release, one per language: the default language's at the
 * release's root, each other language's in its folder ({@code es/search/}), each made with its
 * language's analysis (named in its {@code index.properties}).
 */
public final class LanguageIndexes {

    /**
     * One language's index.
     *
     * @param language the language tag its {@code index.properties} names
     * @param folder   its folder inside the release: "" for the default language, else "es/"
     * @param path     the folder that holds its {@code search/}
     */
    public record Located(String language, String folder, Path path) { }

    private LanguageIndexes() {
    }

    /** Every language's index in the release, the default language's first, then by folder name. */
    public static List<Located> of(Path release) throws IOException {
        List<Located> found = new ArrayList<>();
        read(release, "").ifPresent(found::add);
        if (Files.isDirectory(release)) {
            try (Stream<Path> children = Files.list(release)) {
                for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                    read(child, child.getFileName() + "/").ifPresent(found::add);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The index of one language, by its tag ({@code es}, case-blind) or its folder ({@code es/}). */
    public static Optional<Located> find(List<Located> indexes, String language) {
        String wanted = language.strip().toLowerCase(Locale.ROOT);
        return indexes.stream().filter(l -> l.language().toLowerCase(Locale.ROOT).equals(wanted)
                || (!l.folder().isEmpty() && l.folder().equalsIgnoreCase(wanted.endsWith("/") ? wanted : wanted + "/")))
                .findFirst();
    }

    private static Optional<Located> read(Path folder, String name) throws IOException {
        Path info = folder.resolve(SearchSchema.INFO);
        if (!Files.isRegularFile(info)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(info)) {
            properties.load(in);
        }
        return Optional.of(new Located(properties.getProperty("language", "en"), name, folder));
    }
}
