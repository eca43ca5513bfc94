package dev.playbook.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rendered bodies of the stored cache, in {@value #SHARDS} shard files by page id and a head
 * file ({@code bodies.bin}) naming them with what every body was rendered against (the glossary
 * and the link table). A build that changed one body writes one shard and the head, not the
 * hundred megabytes of a 10,000-page playbook's bodies; the shards are read on all cores.
 *
 * <p>A shard is written under a new name and the head after it, so a build killed half-way leaves
 * the old head naming the old shards, which are removed only once a new head is in place. Each
 * shard names itself inside, so a file copied over another's name is ignored; a shard that is
 * missing or damaged costs only its pages' bodies, rendered again.
 */
final class StoredBodies {

    static final String HEAD = "bodies.bin";
    static final String PREFIX = "bodies-";
    static final int SHARDS = 64;
    private final String headKind;
    private final String shardKind;

    /** What the stored bodies hold: what they were rendered against, and each page's. */
    record Loaded(String glossary, LinkTable links, Map<String, BuildCache.Rendered> rendered) { }

    private final Path folder;
    private final CacheFiles files;
    private final Consumer<String> debug;
    /** Each shard's file as loaded and what it held, to write only the shards whose bodies changed. */
    private final String[] loadedNames = new String[SHARDS];
    private final List<Map<String, BuildCache.Rendered>> loadedShards = new ArrayList<>();

    /** The bodies stored in {@code folder}; {@code language} names another language's bodies ("" for the default one's). */
    StoredBodies(Path folder, CacheFiles files, Consumer<String> debug, String language) {
        this.folder = folder;
        this.headKind = language.isEmpty() ? "bodies" : "bodies of " + language;
        this.shardKind = language.isEmpty() ? "bodies shard" : "bodies shard of " + language;
        this.files = files;
        this.debug = debug;
        for (int i = 0; i < SHARDS; i++) {
            loadedShards.add(Map.of());
        }
    }

    static int shardOf(String id) {
        return Math.floorMod(id.hashCode(), SHARDS);
    }

    /** The bodies stored whole and trusted: the head, and every shard it names that reads back whole. */
    Optional<Loaded> load() {
        Optional<Head> head = files.read(folder.resolve(HEAD), headKind, StoredBodies::readHead);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = head.get().shards();
        List<Map<String, BuildCache.Rendered>> shards = IntStream.range(0, SHARDS).parallel()
                .mapToObj(i -> names.get(i).isEmpty() ? Map.<String, BuildCache.Rendered>of()
                        : files.read(folder.resolve(names.get(i)), shardKind, in -> readShard(in, names.get(i), i))
                        .orElse(null))
                .toList();
        Map<String, BuildCache.Rendered> rendered = new HashMap<>();
        for (int i = 0; i < SHARDS; i++) {
            Map<String, BuildCache.Rendered> shard = shards.get(i);
            if (shard != null) {
                loadedNames[i] = names.get(i);
                loadedShards.set(i, shard);
                rendered.putAll(shard);
            }
        }
        return Optional.of(new Loaded(head.get().glossary(), head.get().links(), rendered));
    }

    /** Stores the bodies: the shards that differ from those loaded, then the head; then removes the shards no head names. */
    void save(String glossary, LinkTable links, Map<String, BuildCache.Rendered> rendered) throws IOException {
        List<Map<String, BuildCache.Rendered>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new TreeMap<>());
        }
        rendered.forEach((id, body) -> shards.get(shardOf(id)).put(id, body));
        Files.createDirectories(folder);
        String run = Long.toHexString(System.nanoTime()) + "-" + ProcessHandle.current().pid();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            Map<String, BuildCache.Rendered> shard = shards.get(i);
            if (shard.isEmpty()) {
                names.add("");
            } else if (loadedNames[i] != null && same(shard, loadedShards.get(i))) {
                names.add(loadedNames[i]);
            } else {
                names.add(PREFIX + i + "-" + run + ".bin");
            }
        }
        IntStream.range(0, SHARDS).parallel().filter(i -> !names.get(i).isEmpty() && !names.get(i).equals(loadedNames[i]))
                .forEach(i -> {
                    try {
                        files.write(folder.resolve(names.get(i)), shardKind, out -> writeShard(out, names.get(i), shards.get(i)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        files.write(folder.resolve(HEAD), headKind, out -> {
            CacheCodec.string(out, glossary);
            CacheCodec.links(out, links);
            CacheCodec.strings(out, names);
        });
        for (int i = 0; i < SHARDS; i++) {
            loadedNames[i] = names.get(i).isEmpty() ? null : names.get(i);
            loadedShards.set(i, shards.get(i));
        }
        removeUnnamed(new HashSet<>(names));
    }

    /** The same pages with the very bodies loaded (a body rendered again is a new object). */
    private static boolean same(Map<String, BuildCache.Rendered> now, Map<String, BuildCache.Rendered> loaded) {
        if (now.size() != loaded.size()) {
            return false;
        }
        for (Map.Entry<String, BuildCache.Rendered> entry : now.entrySet()) {
            if (loaded.get(entry.getKey()) != entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void removeUnnamed(Set<String> named) {
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX) && !named.contains(name)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            debug.accept("debug: build cache: old body shards not removed from " + folder + ": " + e);
        }
    }

    private record Head(String glossary, LinkTable links, List<String> shards) { }

    private static Head readHead(DataInputStream in) throws IOException {
        String glossary = CacheCodec.string(in);
        LinkTable links = CacheCodec.links(in);
        List<String> shards = CacheCodec.strings(in);
        if (shards.size() != SHARDS) {
            throw new IOException(shards.size() + " shards, not " + SHARDS);
        }
        for (String name : shards) {
            if (!name.isEmpty() && (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\"))) {
                throw new IOException("not a shard's name: " + name);
            }
        }
        return new Head(glossary, links, shards);
    }

    private static Map<String, BuildCache.Rendered> readShard(DataInputStream in, String name, int shard) throws IOException {
        if (!CacheCodec.string(in).equals(name)) {
            throw new IOException("made as another shard");
        }
        int count = CacheCodec.length(in);
        Map<String, BuildCache.Rendered> rendered = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = CacheCodec.string(in);
            if (shardOf(id) != shard) {
                throw new IOException("a body of another shard");
            }
            rendered.put(id, CacheCodec.rendered(in));
        }
        return rendered;
    }

    private static void writeShard(DataOutputStream out, String name, Map<String, BuildCache.Rendered> shard) throws IOException {
        CacheCodec.string(out, name);
        out.writeInt(shard.size());
        for (Map.Entry<String, BuildCache.Rendered> entry : shard.entrySet()) {
            CacheCodec.string(out, entry.getKey());
            CacheCodec.rendered(out, entry.getValue());
        }
    }
}
