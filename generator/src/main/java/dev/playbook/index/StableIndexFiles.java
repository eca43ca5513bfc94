package dev.playbook.index;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The same index, byte for byte, from the same input. Lucene stamps every commit and segment with
 * a random id (in each file's header and in {@code segments_N}) and every segment with the time it
 * was made (its {@code .si} diagnostics), so two builds of the same playbook wrote different files,
 * every deploy uploaded them again and the release zip changed. Here each random id is replaced,
 * wherever it occurs, by one derived from the digest of what was indexed and its place in the
 * commit; the timestamp becomes zeros of the same length; and each file's checksum footer is
 * computed again. Nothing else changes: the index opens, checks and searches as before. It needs
 * plain (not compound) segment files, whose checksums cover exactly one file each.
 * No library does this: Lucene makes ids random on purpose, for its own replication.
 */
final class StableIndexFiles {

    private static final byte[] TIMESTAMP = "timestamp".getBytes(StandardCharsets.UTF_8);

    private StableIndexFiles() {
    }

    /** {@code files} (every file of {@code directory}, by name) with stable ids, times and checksums. */
    static Map<String, byte[]> of(Directory directory, Map<String, byte[]> given, String digest) throws IOException {
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        Map<String, byte[]> files = new TreeMap<>(given);
        for (SegmentCommitInfo segment : commit) {
            String name = segment.info.name + ".si";
            if (files.containsKey(name)) {
                files.put(name, plainDiagnostics(directory, segment.info, name));
            }
        }
        List<byte[]> random = new ArrayList<>();
        random.add(commit.getId());
        for (SegmentCommitInfo segment : commit) {
            random.add(segment.info.getId());
            if (segment.getId() != null) {
                random.add(segment.getId());
            }
        }
        List<byte[]> stable = new ArrayList<>();
        for (int i = 0; i < random.size(); i++) {
            stable.add(Arrays.copyOf(sha256(digest + " id " + i), random.get(i).length));
        }
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            byte[] bytes = file.getValue().clone();
            boolean changed = false;
            for (int i = 0; i < random.size(); i++) {
                changed |= replaceAll(bytes, random.get(i), stable.get(i));
            }
            if (file.getKey().endsWith(".si")) {
                changed |= zeroTimestamp(bytes);
            }
            if (changed) {
                rewriteChecksum(file.getKey(), bytes);
            }
            out.put(file.getKey(), bytes);
        }
        return out;
    }

    /**
     * The segment's {@code .si} written again with one diagnostic, where it went: Lucene keeps its
     * diagnostics (the machine's OS and Java version, the time) in a {@code Map.copyOf}, whose
     * order changes from one JVM run to the next, so the same index came out in other bytes on
     * another run or machine.
     */
    private static byte[] plainDiagnostics(Directory directory, SegmentInfo info, String file) throws IOException {
        SegmentInfo plain = new SegmentInfo(directory, info.getVersion(), info.getMinVersion(), info.name, info.maxDoc(),
                info.getUseCompoundFile(), info.getHasBlocks(), info.getCodec(),
                Map.of("source", info.getDiagnostics().getOrDefault("source", "")), info.getId(),
                new TreeMap<>(info.getAttributes()), info.getIndexSort());
        plain.setFiles(info.files());
        directory.deleteFile(file);
        info.getCodec().segmentInfoFormat().write(directory, plain, IOContext.DEFAULT);
        try (IndexInput in = directory.openInput(file, IOContext.DEFAULT)) {
            byte[] bytes = new byte[(int) in.length()];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }

    private static boolean replaceAll(byte[] bytes, byte[] from, byte[] to) {
        boolean found = false;
        int end = bytes.length - CodecUtil.footerLength();
        for (int at = 0; at + from.length <= end; at++) {
            if (bytes[at] == from[0] && Arrays.equals(bytes, at, at + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, at, to.length);
                at += from.length - 1;
                found = true;
            }
        }
        return found;
    }

    /** The diagnostics' {@code "timestamp"} value: a string (length byte, then digits) after its key. */
    private static boolean zeroTimestamp(byte[] bytes) {
        for (int at = 1; at + TIMESTAMP.length + 1 < bytes.length; at++) {
            if (bytes[at - 1] == TIMESTAMP.length && Arrays.equals(bytes, at, at + TIMESTAMP.length, TIMESTAMP, 0, TIMESTAMP.length)) {
                int length = bytes[at + TIMESTAMP.length];
                int from = at + TIMESTAMP.length + 1;
                if (length <= 0 || length > 20 || from + length > bytes.length) {
                    return false;
                }
                for (int i = from; i < from + length; i++) {
                    if (bytes[i] < '0' || bytes[i] > '9') {
                        return false;
                    }
                }
                Arrays.fill(bytes, from, from + length, (byte) '0');
                return true;
            }
        }
        return false;
    }

    /** The footer's CRC32 (the last 8 bytes) of everything before it, in the byte order the file used. */
    private static void rewriteChecksum(String name, byte[] bytes) throws IOException {
        int at = bytes.length - Long.BYTES;
        if (at < 0) {
            throw new IOException("index file " + name + " has no checksum footer");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, at);
        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).putLong(at, crc.getValue()); // as CodecUtil.writeCRC
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
