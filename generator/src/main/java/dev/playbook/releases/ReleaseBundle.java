package dev.playbook.releases;

import dev.playbook.index.SearchSchema;
import dev.playbook.model.UrlPaths;
import dev.playbook.write.SiteWriter;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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
     * @param files  the release folder's files by path, each where its bytes are (staged or published)
     * @param extras files beside the release folder in the bundle, by path
     * @param out     where the zip is written as it is made (a large release's zip is tens of megabytes); closed at the end
     */
    static void zip(Map<String, Path> files, String release, Map<String, byte[]> extras, java.io.OutputStream out) throws IOException {
        zip(files, release, extras, out, java.util.Optional.empty());
    }

    /**
     * {@link #zip(Map, String, Map, java.io.OutputStream)}, copying each entry whose bytes (size and
     * CRC-32) and method are those of the same entry in {@code previous} as that zip holds it, without
     * compressing it again. Only for a zip this same code made (the same Java's deflater): then the
     * copy is the bytes compressing would give, and the zip is byte for byte a fresh one.
     */
    static void zip(Map<String, Path> files, String release, Map<String, byte[]> extras, java.io.OutputStream out,
                    java.util.Optional<Path> previous) throws IOException {
        java.util.Optional<ZipFile> before = java.util.Optional.empty();
        if (previous.isPresent() && Files.isRegularFile(previous.get(), LinkOption.NOFOLLOW_LINKS)) {
            try {
                before = java.util.Optional.of(ZipFile.builder().setPath(previous.get()).get());
            } catch (IOException e) {
                before = java.util.Optional.empty(); // not a readable zip: every entry is compressed
            }
        }
        try {
            write(files, release, extras, out, before);
        } finally {
            if (before.isPresent()) {
                before.get().close();
            }
        }
    }

    private static void write(Map<String, Path> files, String release, Map<String, byte[]> extras, java.io.OutputStream out,
                              java.util.Optional<ZipFile> before) throws IOException {
        String top = "playbook-" + release + "/";
        // Entries by name, each read only when it is written: a 10,000-page release is ~300 MB.
        Map<String, Object> entries = new TreeMap<>();
        extras.forEach((path, bytes) -> entries.put(top + path, bytes));
        files.forEach((path, file) -> {
            // The Lucene index is for `playbook search` beside a published site; an offline reader
            // searches with the browser's export, so the zip leaves it out (a fifth of a large zip).
            if (UrlPaths.isSafe(path) && !path.startsWith(SearchSchema.FOLDER) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(top + release + "/" + path, file);
            }
        });
        List<Map.Entry<String, Object>> ordered = List.copyOf(entries.entrySet());
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding(StandardCharsets.UTF_8.name());
            // Entries are deflated on all cores, a batch at a time, and written raw in name order.
            for (int from = 0; from < ordered.size(); from += BATCH) {
                List<Map.Entry<String, Object>> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH));
                List<Deflated> deflated;
                try {
                    deflated = batch.parallelStream().map(entry -> deflate(entry, before)).toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (Deflated entry : deflated) {
                    ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
                    zipEntry.setMethod(entry.stored() ? ZipArchiveEntry.STORED : ZipArchiveEntry.DEFLATED);
                    zipEntry.setTime(MILLIS);
                    zipEntry.setCrc(entry.crc());
                    zipEntry.setSize(entry.size());
                    zipEntry.setCompressedSize(entry.data().length);
                    zip.addRawArchiveEntry(zipEntry, new ByteArrayInputStream(entry.data()));
                }
            }
        }
    }

    /** Entries deflated at once: enough to keep every core busy, few enough to hold in memory. */
    private static final int BATCH = 512;
    /** {@link #TIME} in this machine's zone: zip entries store local time, so every zone writes the same bytes. */
    private static final long MILLIS = TIME.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    /** Files compressed already: deflating them again costs time and saves next to nothing. */
    private static final java.util.Set<String> COMPRESSED = java.util.Set.of("gz", "zip", "png", "jpg", "jpeg", "gif",
            "webp", "avif", "woff", "woff2", "pdf", "mp4", "webm", "mp3", "ogg");

    /** An entry's bytes as the zip holds them (raw deflate, or as they are when {@code stored}), with its CRC and size. */
    private record Deflated(String name, long crc, long size, byte[] data, boolean stored) { }

    private static Deflated deflate(Map.Entry<String, Object> entry, java.util.Optional<ZipFile> before) {
        try {
            byte[] data = entry.getValue() instanceof Path file ? Files.readAllBytes(file) : (byte[]) entry.getValue();
            CRC32 crc = new CRC32();
            crc.update(data);
            String name = entry.getKey();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (COMPRESSED.contains(extension)) {
                return new Deflated(name, crc.getValue(), data.length, data, true);
            }
            if (before.isPresent()) {
                ZipArchiveEntry old = before.get().getEntry(name);
                if (old != null && old.getMethod() == ZipArchiveEntry.DEFLATED && old.getSize() == data.length
                        && old.getCrc() == crc.getValue() && old.getCompressedSize() <= Integer.MAX_VALUE - 16) {
                    try (java.io.InputStream raw = before.get().getRawInputStream(old)) {
                        byte[] compressed = raw.readAllBytes();
                        if (compressed.length == old.getCompressedSize()) {
                            return new Deflated(name, crc.getValue(), data.length, compressed, false);
                        }
                    }
                }
            }
            // The fastest level: HTML still shrinks about five-fold, at a third of the default's time.
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
                byte[] buffer = new byte[16 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Deflated(name, crc.getValue(), data.length, out.toByteArray(), false);
            } finally {
                deflater.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files Playbook wrote into a published release folder, as its manifest lists them. */
    static java.util.SortedMap<String, Path> published(Path folder) throws IOException {
        java.util.SortedMap<String, Path> files = new TreeMap<>();
        Path manifest = folder.resolve(SiteWriter.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(path -> files.put(path, folder.resolve(path)));
        return files;
    }
}
