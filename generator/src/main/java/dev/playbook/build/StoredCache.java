package dev.playbook.build;

import dev.playbook.write.SiteWriter;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The build cache kept on disk between command-line builds, in {@code .playbook-cache/} inside the
 * source folder: the rendered bodies in shards (with the link targets and glossary they were
 * rendered against, {@link StoredBodies}), and what the pages last published were laid out from, as digests. Every file names
 * the cache format, the generator (its jar's path, size and date) and the source folder, and ends
 * with a checksum of all it holds ({@link CacheFiles}); the search index is kept as one file per
 * block of pages ({@link StoredIndexBlocks}): a file that is missing, truncated, damaged, from another
 * generator or another playbook is ignored, and the build does that work again. Files are written
 * to a temporary name and moved into place, and the layouts file is removed as soon as it is read
 * and written again only once the build published, so a build killed half-way leaves nothing
 * that a next build would trust.
 */
public final class StoredCache {

    /** The cache folder's name, inside the source folder. */
    public static final String FOLDER = ".playbook-cache";
    static final String BODIES = StoredBodies.HEAD;
    static final String LAYOUTS = "layouts.bin";

    private final Path folder;
    private final Consumer<String> debug;
    private final CacheFiles files;
    private final StoredIndexBlocks indexBlocks;
    private final StoredBodies bodies;
    private final BuildCache cache = BuildCache.forOneBuild();
    private Optional<BuildCache.StoredLayouts> loadedLayouts = Optional.empty();
    private boolean bodiesLoaded;
    /** Each other language's stored bodies, by its folder in the release, with whether they loaded. */
    private final Map<String, StoredEdition> editions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Another language's bodies, in a folder of their own ({@code lang-es}). */
    private record StoredEdition(StoredBodies bodies, boolean loaded) { }

    /** The folder of the bodies of the language published in {@code folder} of the release ("es/"). */
    static String editionFolder(String folder) {
        return "lang-" + folder.replaceAll("[^A-Za-z0-9-]", "_").replaceAll("_+$", "");
    }

    StoredCache(Path source, String generator, Consumer<String> debug) {
        this.folder = source.resolve(FOLDER);
        this.debug = debug;
        this.files = new CacheFiles(generator + "\n" + source.toAbsolutePath().normalize(), debug);
        this.indexBlocks = new StoredIndexBlocks(folder, files);
        this.bodies = new StoredBodies(folder, files, debug, "");
        cache.editionMade = this::loadEdition;
        cache.indexBlocks = indexBlocks;
        load();
    }

    /** The cache of the playbook in {@code source}; {@code debug} hears why a file was ignored. */
    public static StoredCache open(Path source, Consumer<String> debug) {
        return new StoredCache(source, generator(), debug);
    }

    /** The cache a build starts from: what the stored files held that is still trusted. */
    public BuildCache cache() {
        return cache;
    }

    /**
     * Stores what the build left: the bodies when any changed, and the layouts when the build
     * published (else those loaded, which still describe the unchanged output). Failing to
     * store is no failure of the build: the next one does the work again.
     */
    public void save(boolean published) {
        debug.accept("debug: build cache: " + cache.bodiesRendered.get() + " bodies rendered, " + cache.pagesLaidOut.get()
                + " pages laid out, " + indexBlocks.indexed() + " index blocks indexed");
        new TreeMap<>(cache.editions()).forEach((name, edition) -> debug.accept("debug: build cache " + name + ": "
                + edition.bodiesRendered.get() + " bodies rendered"));
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Path temporary = folder.resolve(".gitignore.tmp-" + ProcessHandle.current().pid());
                Files.writeString(temporary, "# Playbook's build cache: safe to delete, never to commit.\n*\n");
                CacheFiles.move(temporary, ignore);
            }
            if (cache.bodiesChanged || !bodiesLoaded) {
                bodies.save(cache.glossary.orElse(""), cache.links.orElse(new LinkTable(Map.of(), java.util.Set.of())), cache.rendered);
            }
            for (Map.Entry<String, BuildCache> edition : cache.editions().entrySet()) {
                StoredEdition stored = editions.get(edition.getKey());
                BuildCache own = edition.getValue();
                if (stored != null && (own.bodiesChanged || !stored.loaded())) {
                    stored.bodies().save(own.glossary.orElse(""), own.links.orElse(new LinkTable(Map.of(), java.util.Set.of())),
                            own.rendered);
                }
            }
            if (!cache.rendered.isEmpty()) {
                removeOtherEditions();
            }
            Optional<BuildCache.StoredLayouts> layouts = published
                    ? cache.stamped().map(s -> new BuildCache.StoredLayouts(s.out(), manifestStamp(s.out()), s.basis()))
                    : loadedLayouts;
            if (layouts.isPresent() && !layouts.get().manifest().isEmpty()) {
                files.write(folder.resolve(LAYOUTS), "layouts", out -> writeLayouts(out, layouts.get()));
            }
            indexBlocks.save();
        } catch (IOException | RuntimeException e) {
            debug.accept("debug: build cache not stored in " + folder + ": " + e);
        }
    }

    /** Removes the stored bodies of languages this build did not have (the playbook dropped them). */
    private void removeOtherEditions() throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>();
        editions.keySet().forEach(name -> kept.add(editionFolder(name)));
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            for (Path dir : list.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith("lang-") && !kept.contains(name)) {
                    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(dir);
                }
            }
        }
    }

    /** Loads the stored bodies of another language into its cache, once the build first asks for it. */
    private void loadEdition(String folder, BuildCache edition) {
        StoredBodies stored = new StoredBodies(this.folder.resolve(editionFolder(folder)), files, debug, folder);
        Optional<StoredBodies.Loaded> loaded = stored.load();
        loaded.ifPresent(b -> {
            edition.rendered.putAll(b.rendered());
            edition.links = Optional.of(b.links());
            edition.glossary = Optional.of(b.glossary());
        });
        editions.put(folder, new StoredEdition(stored, loaded.isPresent()));
    }

    private void load() {
        bodies.load().ifPresent(b -> {
            cache.rendered.putAll(b.rendered());
            cache.links = Optional.of(b.links());
            cache.glossary = Optional.of(b.glossary());
            bodiesLoaded = true;
        });
        loadedLayouts = files.read(folder.resolve(LAYOUTS), "layouts", StoredCache::readLayouts);
        try {
            // Trusted by this build only: if it is killed while publishing, no next build trusts it.
            Files.deleteIfExists(folder.resolve(LAYOUTS));
        } catch (IOException e) {
            debug.accept("debug: build cache " + folder.resolve(LAYOUTS) + " ignored: " + e);
            loadedLayouts = Optional.empty();
        }
        cache.stampLayouts(loadedLayouts);
    }

    private static BuildCache.StoredLayouts readLayouts(DataInputStream in) throws IOException {
        Path out = Path.of(CacheCodec.string(in));
        String manifest = CacheCodec.string(in);
        String shared = CacheCodec.string(in);
        int count = CacheCodec.length(in);
        Map<String, AffectedPages.Stamp> pages = new HashMap<>();
        for (int i = 0; i < count; i++) {
            pages.put(CacheCodec.string(in), CacheCodec.stamp(in));
        }
        return new BuildCache.StoredLayouts(out, manifest, new AffectedPages.Stamped(shared, Map.copyOf(pages)));
    }

    private static void writeLayouts(DataOutputStream out, BuildCache.StoredLayouts layouts) throws IOException {
        CacheCodec.string(out, layouts.out().toString());
        CacheCodec.string(out, layouts.manifest());
        CacheCodec.string(out, layouts.basis().shared());
        Map<String, AffectedPages.Stamp> sorted = new TreeMap<>(layouts.basis().pages());
        out.writeInt(sorted.size());
        for (Map.Entry<String, AffectedPages.Stamp> entry : sorted.entrySet()) {
            CacheCodec.string(out, entry.getKey());
            CacheCodec.stamp(out, entry.getValue());
        }
    }

    /**
     * What tells one publication of {@code out} from another: its manifest, which every commit
     * replaces with a new file (its file key, time and size). Empty when there is none.
     */
    static String manifestStamp(Path out) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(out.resolve(SiteWriter.MANIFEST), BasicFileAttributes.class);
            return attributes.fileKey() + " " + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                    + " " + attributes.size();
        } catch (IOException e) {
            return "";
        }
    }

    /** The Java that runs the build, whose zlib deflated the zip entries an edited build may copy as they are. */
    private static String java() {
        return "java " + System.getProperty("java.vm.version") + " " + System.getProperty("java.home");
    }

    /** The generator: its version and the jar (or classes folder) it runs from, by path, size and time. */
    private static String generator() {
        String version = Version.current();
        try {
            Path code = Path.of(StoredCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
            return version + " " + code + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " " + java();
        } catch (Exception e) {
            return version + " unknown " + java();
        }
    }
}
