package dev.playbook.metrics;

import dev.playbook.config.YamlDocument;

import java.util.Objects;

/**
 * A page as the readers of metrics and rollout plans need it: its id and title, where its source
 * lies (data files it names are found beside it) and its front matter.
 */
public record Declaring(String pageId, String title, String sourcePath, YamlDocument frontMatter) {
    public Declaring {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(frontMatter, "frontMatter");
    }
}
