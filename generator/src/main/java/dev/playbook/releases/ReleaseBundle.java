package dev.playbook.releases;

import dev.playbook.model.UrlPaths;
import dev.playbook.write.SiteWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A release as one zip for reading offline ({@code <release>.zip} beside the release folders).
 * It holds a small site of its own under {@code playbook-<release>/}: the release folder, a
 * {@code versions.js} that lists only it, and an {@code index.html} that opens it, so the unzipped
 * folder works from disk, search included. Entries are sorted and carry a fixed time, so the
 * same release always zips to the same bytes.
 */
final class ReleaseBundle {

    /** 1 January 2000, local time, as zip entries store it: no time zone, no extra timestamp fields. */
    static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReleaseBundle() {
    }

    static String fileName(String release) {
        return release + ".zip";
    }

    /**
     * @param folder the published release folder; its manifest says which files are the release's
     * @param extras files beside the release folder in the bundle, by path
     */
    static byte[] zip(Path folder, String release, Map<String, byte[]> extras) throws IOException {
        String top = "playbook-" + release + "/";
        // Entries by name, each read only when it is written: a 10,000-page release is ~300 MB.
        Map<String, Object> entries = new TreeMap<>();
        extras.forEach((path, bytes) -> entries.put(top + path, bytes));
        for (String path : manifest(folder)) {
            Path file = folder.resolve(path);
            if (UrlPaths.isSafe(path) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(top + release + "/" + path, file);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The fastest level: HTML still shrinks about five-fold, at a third of the default's time.
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue() instanceof Path file ? Files.readAllBytes(file) : (byte[]) entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The files Playbook wrote into a release folder, as its manifest lists them. */
    private static java.util.List<String> manifest(Path folder) throws IOException {
        Path manifest = folder.resolve(SiteWriter.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
    }
}
