package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Jekyll's {@code _config.yml}: {@code title}, {@code baseurl}, {@code lang}, and {@code source} as the Markdown root. */
final class JekyllConfig {

    static final List<String> FILES = List.of("_config.yml", "_config.yaml");

    private JekyllConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        return ConfigFile.first(dir, display, FILES).map(found -> {
            String shown = found.shown();
            Optional<ConfigTree> tree = ConfigTree.read(found.file(), shown, problems);
            Path root = tree.flatMap(t -> t.text("source")).flatMap(s -> ProjectPaths.folder(dir, s.value())).orElse(dir);
            return new OldConfig("Jekyll", shown, root,
                    tree.flatMap(t -> t.text("title")),
                    tree.flatMap(t -> t.text("baseurl")).stream().toList(),
                    tree.flatMap(t -> t.text("lang").or(() -> t.text("locale"))));
        });
    }
}
