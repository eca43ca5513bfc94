package dev.playbook.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked contents of {@code playbook.yml}: site metadata and the current release.
 *
 * @param release the release being built, e.g. {@code 2026.2}
 * @param language an ISO 639-1 code; it picks the search analyzer and the page's {@code lang}
 */
public record SiteConfig(
        String title,
        String description,
        String organisation,
        String release,
        Optional<String> releaseTitle,
        String language,
        List<Role> roles,
        String file) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(releaseTitle, "releaseTitle");
        Objects.requireNonNull(language, "language");
        roles = List.copyOf(roles);
        Objects.requireNonNull(file, "file");
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
