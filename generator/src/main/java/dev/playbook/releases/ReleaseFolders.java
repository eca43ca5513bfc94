package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a release's folder in an output folder, for commands that read a built site. */
public final class ReleaseFolders {

    private ReleaseFolders() {
    }

    /**
     * The folder of {@code release} in {@code out}, else of the latest release {@code versions.json}
     * names; {@code out} itself when it is a release folder or a site without releases.
     */
    public static Path find(Path out, Optional<String> release) throws IOException {
        if (release.isPresent()) {
            if (!SiteConfig.isReleaseName(release.get()) || !Files.isDirectory(out.resolve(release.get()))) {
                throw new IOException("no release \"" + release.get() + "\" in " + out);
            }
            return out.resolve(release.get());
        }
        Path versions = out.resolve(PublishedReleases.VERSIONS_JSON);
        if (!Files.isRegularFile(versions)) {
            return out;
        }
        JsonNode list = Json.MAPPER.readTree(versions.toFile());
        for (JsonNode entry : list) {
            String name = entry.path("name").asText("");
            if (entry.path("latest").asBoolean() && SiteConfig.isReleaseName(name)) {
                return out.resolve(name);
            }
        }
        return out;
    }
}
