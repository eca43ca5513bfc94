package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * GitBook's {@code .gitbook.yaml}, whose {@code root:} is the Markdown root, or the legacy
 * {@code book.json} ({@code title}, {@code language}, {@code root}). GitBook serves a space from
 * its own address, so there is no base path; without {@code book.json} the title comes from the
 * root's {@code README.md}.
 */
final class GitBookConfig {

    static final List<String> FILES = List.of(".gitbook.yaml", ".gitbook.yml", "book.json");

    private GitBookConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        return ConfigFile.first(dir, display, FILES).map(found -> {
            String shown = found.shown();
            Optional<ConfigTree> tree = ConfigTree.read(found.file(), shown, problems);
            Path root = tree.flatMap(t -> t.text("root")).flatMap(r -> ProjectPaths.folder(dir, r.value())).orElse(dir);
            return new OldConfig("GitBook", shown, root,
                    tree.flatMap(t -> t.text("title")), List.of(), tree.flatMap(t -> t.text("language")));
        });
    }
}
