package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The releases already in an output folder: every folder Playbook built (it holds a
 * {@code release.json}) and every release the existing {@code versions.json} lists whose folder is
 * still there (a release deployed by other means stays listed). Also writes the list back out as
 * {@code versions.json} and, for pages opened from disk where fetch() cannot read files,
 * {@code versions.js}.
 */
final class PublishedReleases {

    static final String VERSIONS_JSON = "versions.json";
    static final String VERSIONS_JS = "versions.js";

    /** A release in the output folder; {@code record} is absent for folders Playbook did not build. */
    record Published(String name, String title, String date, Optional<ReleaseRecord> record) { }

    private PublishedReleases() {
    }

    /** The releases in {@code root}, by name. */
    static Map<String, Published> read(Path root) throws IOException {
        Map<String, Published> found = new TreeMap<>(ReleaseOrder.OLDEST_FIRST);
        if (!Files.isDirectory(root)) {
            return found;
        }
        Path listed = root.resolve(VERSIONS_JSON);
        if (Files.isRegularFile(listed, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode versions;
            try {
                versions = Json.MAPPER.readTree(listed.toFile());
            } catch (IOException e) {
                versions = Json.MAPPER.createArrayNode();
            }
            for (JsonNode entry : versions) {
                String name = entry.path("name").asText("");
                if (SiteConfig.isReleaseName(name) && isFolder(root.resolve(name))) {
                    found.put(name, new Published(name, entry.path("title").asText(""), entry.path("date").asText(""),
                            Optional.empty()));
                }
            }
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                String name = folder.getFileName().toString();
                if (SiteConfig.isReleaseName(name) && isFolder(folder)) {
                    ReleaseRecord.read(folder).ifPresent(record -> found.put(name,
                            new Published(name, record.title(), record.date(), Optional.of(record))));
                }
            }
        }
        return found;
    }

    /** A real folder, not a link that could lead out of the output folder. */
    static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** {@code versions.json}: every release, newest first, the latest marked. */
    static String versionsJson(List<Published> releases) {
        return Json.pretty(entries(releases));
    }

    /** The same list as a script that sets {@code self.playbookVersions}, for pages opened from disk. */
    static String versionsJs(List<Published> releases) {
        return "self.playbookVersions = " + Json.compact(entries(releases)) + ";\n";
    }

    /** The newest release, by {@link ReleaseOrder}. */
    static String latest(List<Published> releases) {
        return releases.stream().map(Published::name).max(ReleaseOrder.OLDEST_FIRST).orElseThrow();
    }

    private static List<Map<String, Object>> entries(List<Published> releases) {
        String latest = latest(releases);
        List<Published> newestFirst = new ArrayList<>(releases);
        newestFirst.sort((a, b) -> ReleaseOrder.OLDEST_FIRST.compare(b.name(), a.name()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Published release : newestFirst) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", release.name());
            entry.put("title", release.title().isEmpty() ? null : release.title());
            entry.put("date", release.date().isEmpty() ? null : release.date());
            entry.put("path", release.name() + "/");
            entry.put("latest", release.name().equals(latest));
            entries.add(entry);
        }
        return entries;
    }
}
