package dev.playbook.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handbook's old config says, as read, before it is checked.
 *
 * @param generator    the generator's name, e.g. {@code Hugo}
 * @param file         the config file as problems name it
 * @param markdownRoot the folder holding the Markdown (Hugo's {@code content/}, MkDocs' {@code docs_dir}):
 *                     the source Playbook builds, where {@code playbook.yml} goes
 * @param basePaths    the paths the old site was served under, as written (a URL, or a path)
 */
record OldConfig(String generator, String file, Path markdownRoot, Optional<Setting> title, List<Setting> basePaths,
                 Optional<Setting> language) {

    OldConfig {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdownRoot, "markdownRoot");
        Objects.requireNonNull(title, "title");
        basePaths = List.copyOf(basePaths);
        Objects.requireNonNull(language, "language");
    }
}
