package dev.playbook.index;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

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
 * computed again; each segment's {@code .si} is written again with diagnostics that name no machine
 * and its files in order. Nothing else changes: the index opens, checks and searches as before. It needs
 * plain (not compound) segment files, whose checksums cover exactly one file each.
 * No library does this: Lucene makes ids random on purpose, for its own replication.
 */
final class StableIndexFiles {

    private static final byte[] TIMESTAMP = "timestamp".getBytes(StandardCharsets.UTF_8);

    private StableIndexFiles() {
    }

    /** {@code files} (every file of {@code directory}, by name) with stable ids, times and checksums. */
    static Map<String, byte[]> of(Directory directory, Map<String, byte[]> read, String digest) throws IOException {
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        Map<String, byte[]> files = new TreeMap<>(read);
        for (SegmentCommitInfo segment : commit) {
            String name = rewriteSegmentInfo(directory, segment.info);
            try (org.apache.lucene.store.IndexInput in = directory.openInput(name, org.apache.lucene.store.IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                // SegmentInfo keeps its diagnostics and files in Map.copyOf / Set.copyOf collections,
                // whose order changes from one JVM run to the next: put each in name order.
                List<byte[]> pairs = new ArrayList<>();
                new TreeMap<>(Map.of("lucene.version", segment.info.getVersion().toString(), "source", "playbook"))
                        .forEach((k, v) -> pairs.add(concat(string(k), string(v))));
                sortInPlace(bytes, pairs);
                sortInPlace(bytes, new java.util.TreeSet<>(segment.info.files()).stream().map(StableIndexFiles::string).toList());
                rewriteChecksum(name, bytes);
                files.put(name, bytes);
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
        // Each file scanned on its own core: an index joined from 20 blocks is tens of megabytes.
        Map<String, byte[]> out = new java.util.concurrent.ConcurrentSkipListMap<>();
        try {
            files.entrySet().parallelStream().forEach(file -> {
                byte[] bytes = file.getValue().clone();
                boolean changed = replaceAll(bytes, random, stable);
                if (file.getKey().endsWith(".si")) {
                    changed |= zeroTimestamp(bytes);
                }
                if (changed) {
                    try {
                        rewriteChecksum(file.getKey(), bytes);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                out.put(file.getKey(), bytes);
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new TreeMap<>(out);
    }

    /**
     * Writes the segment's {@code .si} again with diagnostics that say only what the index is (its
     * Lucene version and how the segment was made, without the merge's factors) and with its
     * files in name order: Lucene records the machine (os, Java), the time and, for a merged
     * segment, how many segments were merged, which depends on how the indexing threads flushed.
     * Returns the file's name.
     */
    private static String rewriteSegmentInfo(Directory directory, org.apache.lucene.index.SegmentInfo info) throws IOException {
        Map<String, String> diagnostics = new TreeMap<>();
        diagnostics.put("lucene.version", info.getVersion().toString());
        diagnostics.put("source", "playbook");
        org.apache.lucene.index.SegmentInfo fixed = new org.apache.lucene.index.SegmentInfo(directory, info.getVersion(),
                info.getMinVersion(), info.name, info.maxDoc(), info.getUseCompoundFile(), info.getHasBlocks(), info.getCodec(),
                diagnostics, info.getId(), new TreeMap<>(info.getAttributes()), info.getIndexSort());
        String name = org.apache.lucene.index.IndexFileNames.segmentFileName(info.name, "", "si");
        java.util.TreeSet<String> names = new java.util.TreeSet<>(info.files());
        names.remove(name);
        fixed.setFiles(names);
        directory.deleteFile(name);
        info.getCodec().segmentInfoFormat().write(directory, fixed, org.apache.lucene.store.IOContext.DEFAULT);
        return name;
    }

    /**
     * The run of {@code units} (each a serialised string or key and value, all distinct) that
     * {@code bytes} holds in some order, rewritten in the order given. The run is found by where
     * each unit occurs; if they do not form one run the bytes are left as they are.
     */
    private static void sortInPlace(byte[] bytes, List<byte[]> units) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        int total = 0;
        for (byte[] unit : units) {
            int at = indexOf(bytes, unit);
            if (at < 0) {
                return;
            }
            start = Math.min(start, at);
            end = Math.max(end, at + unit.length);
            total += unit.length;
        }
        if (end - start != total) {
            return;
        }
        int at = start;
        for (byte[] unit : units) {
            System.arraycopy(unit, 0, bytes, at, unit.length);
            at += unit.length;
        }
    }

    private static int indexOf(byte[] bytes, byte[] unit) {
        for (int at = 0; at + unit.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + unit.length, unit, 0, unit.length)) {
                return at;
            }
        }
        return -1;
    }

    /** A string as Lucene's DataOutput.writeString writes it: its UTF-8 length as a vint, then the bytes. */
    private static byte[] string(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int length = utf8.length;
        while ((length & ~0x7F) != 0) {
            out.write((length & 0x7F) | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * Replaces every occurrence of each {@code from} by its {@code to} (of the same length), before
     * the footer, in one pass: an index joined from 20 blocks has some 40 ids and tens of megabytes.
     */
    private static boolean replaceAll(byte[] bytes, List<byte[]> from, List<byte[]> to) {
        List<List<Integer>> byFirstByte = new ArrayList<>(java.util.Collections.nCopies(256, null));
        for (int i = 0; i < from.size(); i++) {
            int first = from.get(i)[0] & 0xff;
            if (byFirstByte.get(first) == null) {
                byFirstByte.set(first, new ArrayList<>());
            }
            byFirstByte.get(first).add(i);
        }
        boolean found = false;
        int end = bytes.length - CodecUtil.footerLength();
        for (int at = 0; at < end; at++) {
            List<Integer> candidates = byFirstByte.get(bytes[at] & 0xff);
            if (candidates == null) {
                continue;
            }
            for (int i : candidates) {
                byte[] id = from.get(i);
                if (at + id.length <= end && Arrays.equals(bytes, at, at + id.length, id, 0, id.length)) {
                    System.arraycopy(to.get(i), 0, bytes, at, id.length);
                    at += id.length - 1;
                    found = true;
                    break;
                }
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
