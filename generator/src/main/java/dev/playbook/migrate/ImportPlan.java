package dev.playbook.migrate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What init will write for a handbook: {@code playbook.yml}'s text, and where.
 *
 * @param source        the folder Playbook builds (the handbook's Markdown root), which gets {@code playbook.yml}
 * @param sourceDisplay that folder as the user would write it after {@code --source}
 * @param origin        where the settings came from, in words: {@code "Hugo, from handbook/hugo.toml"}
 * @param config        the text of {@code playbook.yml}
 */
public record ImportPlan(Path source, String sourceDisplay, String origin, String config) {

    public static final String CONFIG_FILE = "playbook.yml";

    public ImportPlan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDisplay, "sourceDisplay");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(config, "config");
    }

    public Path configFile() {
        return source.resolve(CONFIG_FILE);
    }

    public String configDisplay() {
        return ProjectPaths.join(sourceDisplay, CONFIG_FILE);
    }
}
