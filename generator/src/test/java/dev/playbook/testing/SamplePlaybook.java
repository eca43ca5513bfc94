package dev.playbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample playbook of this repository (`playbook/`), for tests that run over every page of it. */
public final class SamplePlaybook {

    /** The sample's source folder; the build sets {@code playbook.repo.root}, an IDE runs from {@code generator/}. */
    public static final Path SOURCE = Path.of(System.getProperty("playbook.repo.root", "..")).resolve("playbook")
            .toAbsolutePath().normalize();

    private SamplePlaybook() {
    }

    /** Every Markdown file of the sample, sorted by path. */
    public static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
