package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Hugo's site config: {@code hugo.toml}, {@code .yaml}, {@code .json} (or the older {@code config.*})
 * in the project folder or in {@code config/_default/}; {@code title}, the path of {@code baseURL},
 * {@code languageCode} (else {@code defaultContentLanguage}), and {@code contentDir} (default
 * {@code content}) as the Markdown root. Hugo reads its keys without regard to case, and so does this.
 */
final class HugoConfig {

    static final List<String> FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    private HugoConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        for (String folder : List.of("", "config/_default/")) {
            for (String name : FILES) {
                Path file = dir.resolve(folder + name);
                if (Files.isRegularFile(file)) {
                    return Optional.of(read(dir, display, folder + name, file, problems));
                }
            }
        }
        return Optional.empty();
    }

    private static OldConfig read(Path dir, String display, String name, Path file, Problems problems) {
        String shown = ProjectPaths.join(display, name);
        Optional<ConfigTree> tree = ConfigTree.read(file, shown, problems);
        String content = tree.flatMap(t -> t.text("contentDir")).map(Setting::value).orElse("content");
        Path root = ProjectPaths.folder(dir, content).orElse(dir);
        return new OldConfig("Hugo", shown, root,
                tree.flatMap(t -> t.text("title")),
                tree.flatMap(t -> t.text("baseURL")).stream().toList(),
                tree.flatMap(t -> t.text("languageCode").or(() -> t.text("defaultContentLanguage"))));
    }
}
