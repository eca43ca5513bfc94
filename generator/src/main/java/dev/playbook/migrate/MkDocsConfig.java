package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * MkDocs' {@code mkdocs.yml}: {@code site_name}, the path of {@code site_url}, {@code theme.language}
 * (Material's) and {@code docs_dir} (default {@code docs}) as the Markdown root, where the build
 * finds {@code mkdocs.yml} beside it for the {@code nav:}.
 */
final class MkDocsConfig {

    static final List<String> FILES = List.of("mkdocs.yml", "mkdocs.yaml");

    private MkDocsConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        return ConfigFile.first(dir, display, FILES).map(found -> {
            String shown = found.shown();
            Optional<ConfigTree> tree = ConfigTree.read(found.file(), shown, problems);
            String docs = tree.flatMap(t -> t.text("docs_dir")).map(Setting::value).orElse("docs");
            Path root = ProjectPaths.folder(dir, docs).orElse(dir);
            return new OldConfig("MkDocs", shown, root,
                    tree.flatMap(t -> t.text("site_name")),
                    tree.flatMap(t -> t.text("site_url")).stream().toList(),
                    tree.flatMap(t -> t.text("theme", "language")));
        });
    }
}
