package dev.playbook.scorm;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;

/**
 * A package as zip bytes: entries in name order, each with the same fixed time and no extra
 * fields, deflated at one level, so the same course always zips to the same bytes (as the
 * release's offline zip does).
 */
final class ScormZip {

    /** 1 January 2000, local time, as zip entries store it. */
    private static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** {@link #TIME} in this machine's zone: zip entries store local time, so every zone writes the same bytes. */
    private static final long MILLIS = TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private ScormZip() {
    }

    static byte[] of(SortedMap<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setEncoding(StandardCharsets.UTF_8.name());
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                zipEntry.setMethod(ZipArchiveEntry.DEFLATED);
                zipEntry.setTime(MILLIS);
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("zipping a course package in memory", e);
        }
        return bytes.toByteArray();
    }
}
