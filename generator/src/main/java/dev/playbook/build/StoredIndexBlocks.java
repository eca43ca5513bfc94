package dev.playbook.build;

import dev.playbook.index.IndexBlocks;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The search index's blocks kept in the stored cache, one file per block named by its digest
 * ({@code index-<digest>.bin}), framed like every cache file ({@link CacheFiles}) and naming the
 * digest again inside: a file is used only for the block it was made for, whole. Blocks this
 * build indexed are written when the cache is saved; blocks no build of this run asked for are
 * removed then, so the folder holds one index's worth (each language's, in a multilingual release).
 */
final class StoredIndexBlocks implements IndexBlocks {

    static final String PREFIX = "index-";
    static final String SUFFIX = ".bin";
    private static final String KIND = "index block";

    private final Path folder;
    private final CacheFiles files;
    private final Map<String, Map<String, byte[]>> made = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger indexed = new AtomicInteger();

    StoredIndexBlocks(Path folder, CacheFiles files) {
        this.folder = folder;
        this.files = files;
    }

    static Path file(Path folder, String digest) {
        return folder.resolve(PREFIX + digest + SUFFIX);
    }

    @Override
    public Optional<Map<String, byte[]>> find(String digest) {
        used.add(digest);
        Map<String, byte[]> known = made.get(digest);
        if (known != null) {
            return Optional.of(known);
        }
        return files.read(file(folder, digest), KIND, in -> read(in, digest));
    }

    @Override
    public void keep(String digest, Map<String, byte[]> block) {
        used.add(digest);
        made.put(digest, Map.copyOf(block));
        indexed.incrementAndGet();
    }

    /** How many blocks this build indexed (not found kept), for the debug line and tests. */
    int indexed() {
        return indexed.get();
    }

    /** Writes the blocks indexed, then removes those no build of this run used (only when some index was made). */
    void save() throws IOException {
        for (Map.Entry<String, Map<String, byte[]>> block : new TreeMap<>(made).entrySet()) {
            files.write(file(folder, block.getKey()), KIND, out -> write(out, block.getKey(), block.getValue()));
        }
        if (used.isEmpty()) {
            return; // no index was made: what is kept still describes the published one
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path stored : list.sorted().toList()) {
                String name = stored.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)
                        && !used.contains(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))) {
                    Files.deleteIfExists(stored);
                }
            }
        }
    }

    private static Map<String, byte[]> read(DataInputStream in, String digest) throws IOException {
        if (!CacheCodec.string(in).equals(digest)) {
            throw new IOException("made for another block of the index");
        }
        int count = CacheCodec.length(in);
        Map<String, byte[]> block = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = CacheCodec.string(in);
            byte[] bytes = new byte[CacheCodec.length(in)];
            in.readFully(bytes);
            block.put(name, bytes);
        }
        return Map.copyOf(block);
    }

    private static void write(DataOutputStream out, String digest, Map<String, byte[]> block) throws IOException {
        CacheCodec.string(out, digest);
        Map<String, byte[]> sorted = new TreeMap<>(block);
        out.writeInt(sorted.size());
        for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
            CacheCodec.string(out, file.getKey());
            out.writeInt(file.getValue().length);
            out.write(file.getValue());
        }
    }
}
