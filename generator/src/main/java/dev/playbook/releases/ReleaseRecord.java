package dev.playbook.releases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a release folder says about itself ({@value #FILE}): its name, title and date, the release
 * its notes compare with, where it was built from, and the fingerprint of everything its output
 * depends on. A tagged release whose fingerprint is unchanged is not rebuilt.
 *
 * @param source      {@code "tag release/2026.1"} or {@code "working tree"}
 * @param fingerprint a digest of the source, theme, generator version, options and previous release
 */
@JsonPropertyOrder({"name", "title", "date", "previous", "source", "generator", "fingerprint"})
record ReleaseRecord(String name, String title, String date, String previous, String source, String generator,
                     String fingerprint) {

    static final String FILE = "release.json";

    ReleaseRecord {
        Objects.requireNonNull(name, "name");
        title = Objects.requireNonNullElse(title, "");
        date = Objects.requireNonNullElse(date, "");
        previous = Objects.requireNonNullElse(previous, "");
        source = Objects.requireNonNullElse(source, "");
        generator = Objects.requireNonNullElse(generator, "");
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
    }

    /** The record in a release folder, if the folder has a readable one. */
    static Optional<ReleaseRecord> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            ReleaseRecord record = Json.MAPPER.readValue(file.toFile(), ReleaseRecord.class);
            return record.name() == null ? Optional.empty() : Optional.of(record);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String json() {
        return Json.pretty(this);
    }
}
