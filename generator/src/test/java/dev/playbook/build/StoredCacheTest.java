package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache kept in {@code .playbook-cache/} between command-line builds: a build after an
 * edit renders and lays out only what the edit reached and publishes exactly what a build from
 * nothing into an empty folder publishes; a cache file that is truncated, damaged, from another
 * generator or format, or from another playbook is ignored, never trusted.
 */
class StoredCacheTest {

    @TempDir
    Path temp;

    private static final String MARKER = "MARKERQQQ";

    private TestPlaybook playbook(Path root) {
        TestPlaybook site = TestPlaybook.in(root).file("index.md", "---\ntitle: Home\n---\nWelcome. See [greet](greet.md).\n");
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        site.file("refunds.md", "---\ntitle: Refunds\n---\n## When\n\nWhen it broke.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        for (int i = 0; i < 6; i++) {
            site.file("guides/guide-" + i + ".md", "---\ntitle: Guide " + i + "\n---\nText " + i + ", see [greet](../greet.md#how)"
                    + " and [nothing](../missing-" + i + ".md).\n");
        }
        site.file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\n");
        return site;
    }

    /** The published files of a build from nothing (no cache) of the same source into an empty folder. */
    private Map<String, byte[]> fresh(TestPlaybook site) {
        // A folder of the same name: the offline zip holds its releases under the output folder's name.
        Path out = temp.resolve("fresh-" + System.nanoTime()).resolve(site.out().getFileName());
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", site.source().toString(), "--out", out.toString(), "--no-cache");
        assertEquals(0, result.exitCode(), result::toString);
        return TestPlaybook.snapshot(out);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static TestPlaybook.Result built(TestPlaybook site) {
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    @Test
    void aBuildAfterAnEditRedoesOnlyWhatTheEditReachedAndEqualsAFreshBuild() {
        TestPlaybook site = playbook(temp.resolve("a"));
        assertTrue(built(site).err().contains("build cache: 9 bodies rendered, 9 pages laid out"));
        assertTrue(Files.isRegularFile(site.source().resolve(".playbook-cache/bodies.bin")));
        assertEquals("# Playbook's build cache: safe to delete, never to commit.\n*\n",
                read(site.source().resolve(".playbook-cache/.gitignore")));

        TestPlaybook.Result unchanged = built(site);
        assertTrue(unchanged.err().contains("build cache: 0 bodies rendered, 0 pages laid out"), unchanged::toString);

        site.file("guides/guide-3.md", "---\ntitle: Guide 3\n---\nOther text, see [greet](../greet.md#how).\n");
        TestPlaybook.Result edited = built(site);
        // The page, its section page (none here), the home page and greet (which lists it under "Referenced by").
        assertTrue(edited.err().contains("build cache: 1 bodies rendered, 3 pages laid out"), edited::toString);
        assertTrue(site.output("guides/guide-3.html").contains("Other text"));
        assertSameFiles(fresh(site), site.snapshot());
        assertFalse(site.output("index.html").contains(StoredCache.FOLDER), "the cache is not published");
    }

    @Test
    void checkReadsAndWritesTheBodiesAndFindsWhatAFreshCheckFinds() {
        TestPlaybook site = playbook(temp.resolve("a"));
        built(site);
        TestPlaybook.Result check = site.check("--debug");
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.err().contains("build cache: 0 bodies rendered"), check::toString);
        site.file("guides/guide-2.md", "---\ntitle: Guide 2\n---\nSee [gone](../gone.md) and [greet](../greet.md#nowhere).\n");
        TestPlaybook.Result edited = site.check("--debug");
        assertTrue(edited.err().contains("build cache: 1 bodies rendered"), edited::toString);
        TestPlaybook.Result fresh = site.check("--no-cache");
        assertEquals(fresh.exitCode(), edited.exitCode());
        assertEquals(fresh.err(), edited.err().lines().filter(l -> !l.startsWith("playbook: debug: "))
                .map(l -> l + "\n").reduce("", String::concat));
        assertTrue(fresh.err().contains("gone.md"), fresh::toString);
        // The build after the check renders nothing: the check stored the edited body.
        assertTrue(built(site).err().contains("build cache: 0 bodies rendered"));
    }

    @Test
    void noCacheNeitherReadsNorWrites() {
        TestPlaybook site = playbook(temp.resolve("a"));
        TestPlaybook.Result result = site.build("--no-cache", "--debug");
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(Files.exists(site.source().resolve(StoredCache.FOLDER)));
    }

    /** Damages a cache file after a cached build and an edit, so that a trusted damaged file would publish the old page. */
    private void assertIgnored(String file, UnaryOperator<byte[]> damage, String why) throws IOException {
        TestPlaybook site = playbook(temp.resolve(file + "-" + why.replace(' ', '-')));
        built(site);
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello warmly. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        Path stored = site.source().resolve(".playbook-cache").resolve(file);
        byte[] before = Files.readAllBytes(stored);
        Files.write(stored, damage.apply(before));
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("build cache " + stored + " ignored: "), why + ": " + result);
        assertTrue(result.err().contains(why), why + ": " + result);
        assertTrue(site.output("greet.html").contains("warmly"));
        assertSameFiles(fresh(site), site.snapshot());
        // Stored again, whole: the next build trusts it.
        TestPlaybook.Result next = built(site);
        assertTrue(next.err().contains("build cache: 0 bodies rendered, 0 pages laid out"), next::toString);
    }

    @Test
    void aDamagedTruncatedOrForeignBodiesFileIsIgnored() throws IOException {
        everyDamage(StoredCache.BODIES);
    }

    @Test
    void aDamagedTruncatedOrForeignLayoutsFileIsIgnored() throws IOException {
        everyDamage(StoredCache.LAYOUTS);
    }

    @Test
    void everyLanguageKeepsItsBodiesAndAnEditToATranslationRendersOnlyIt() throws IOException {
        TestPlaybook site = dev.playbook.testing.MultilingualPlaybook.twoLanguages(temp.resolve("languages"));
        assertTrue(built(site).err().contains("build cache es/: "), "the Spanish pages have a cache");
        Path spanish = site.source().resolve(StoredCache.FOLDER).resolve(StoredCache.editionFolder("es/"));
        assertTrue(Files.isRegularFile(spanish.resolve(StoredBodies.HEAD)), spanish::toString);
        TestPlaybook.Result again = built(site);
        assertTrue(again.err().contains("build cache es/: 0 bodies rendered"), again::toString);

        site.file("standards/greet.es.md", read(site.source().resolve("standards/greet.es.md"))
                .replace("Di hola y mira al cliente.", "Di hola con calma. " + MARKER));
        TestPlaybook.Result edited = built(site);
        assertTrue(edited.err().contains("build cache: 0 bodies rendered"), edited::toString);
        assertTrue(edited.err().contains("build cache es/: 1 bodies rendered"), edited::toString);
        assertTrue(site.output("es/standards/greet.html").contains("con calma"));
        assertSameFiles(fresh(site), site.snapshot());

        // A damaged Spanish shard costs its pages only, and the site is still a fresh build's.
        List<Path> shards = shards(spanish);
        for (Path shard : shards) {
            byte[] bytes = Files.readAllBytes(shard);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(shard, bytes);
        }
        site.file("standards/greet.es.md", read(site.source().resolve("standards/greet.es.md")).replace("con calma", "despacio"));
        TestPlaybook.Result damaged = built(site);
        for (Path shard : shards) {
            assertTrue(damaged.err().contains("build cache " + shard + " ignored: "), shard + ": " + damaged);
        }
        assertFalse(damaged.err().contains("build cache es/: 1 bodies rendered"), "more than the edited page: " + damaged);
        assertSameFiles(fresh(site), site.snapshot());

        // A language the playbook drops takes its stored bodies with it.
        site.file("playbook.yml", read(site.source().resolve("playbook.yml")).replaceAll("(?s)languages:.*", ""));
        try (java.util.stream.Stream<Path> walk = Files.walk(site.source())) {
            for (Path translation : walk.filter(p -> p.getFileName().toString().endsWith(".es.md")).toList()) {
                Files.delete(translation);
            }
        }
        TestPlaybook.Result single = site.build("--debug");
        assertFalse(single.err().contains("build cache es/"), single::toString);
        assertFalse(Files.exists(spanish), "the Spanish bodies are gone with the language");
    }

    @Test
    void aDamagedTruncatedOrForeignBodyShardIsIgnored() throws IOException {
        everyDamage(this::assertShardsIgnored);
    }

    @Test
    void aShardStoredUnderAnotherShardsNameIsIgnored() throws IOException {
        TestPlaybook site = playbook(temp.resolve("swapped"));
        built(site);
        List<Path> shards = shards(site);
        assertTrue(shards.size() > 1, shards::toString);
        Files.write(shards.get(0), Files.readAllBytes(shards.get(1)));
        TestPlaybook.Result result = built(site);
        assertTrue(result.err().contains("build cache " + shards.get(0) + " ignored: java.io.IOException: made as another shard"),
                result::toString);
        assertFalse(result.err().contains("build cache: 0 bodies rendered"), result::toString);
        assertSameFiles(fresh(site), site.snapshot());
        assertTrue(built(site).err().contains("build cache: 0 bodies rendered"), "stored again, whole");
    }

    @Test
    void anEditRewritesOnlyTheShardOfTheEditedPage() throws IOException {
        TestPlaybook site = playbook(temp.resolve("one-shard"));
        built(site);
        List<Path> before = shards(site);
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello warmly. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        built(site);
        List<Path> after = shards(site);
        assertEquals(before.size(), after.size(), after::toString);
        List<Path> gone = new java.util.ArrayList<>(before);
        gone.removeAll(after);
        assertEquals(1, gone.size(), "one shard written again: " + before + " then " + after);
        assertTrue(gone.get(0).getFileName().toString().startsWith(StoredBodies.PREFIX + StoredBodies.shardOf("greet") + "-"),
                gone + " holds greet");
    }

    private static List<Path> shards(TestPlaybook site) throws IOException {
        return shards(site.source().resolve(StoredCache.FOLDER));
    }

    private static List<Path> shards(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(StoredBodies.PREFIX)).sorted().toList();
        }
    }

    /** Damages every body shard after a cached build and an edit: each is ignored, and the site is a fresh build's. */
    private void assertShardsIgnored(UnaryOperator<byte[]> damage, String why) throws IOException {
        TestPlaybook site = playbook(temp.resolve("shards-" + System.nanoTime()));
        built(site);
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello warmly. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        List<Path> shards = shards(site);
        for (Path shard : shards) {
            Files.write(shard, damage.apply(Files.readAllBytes(shard)));
        }
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        for (Path shard : shards) {
            assertTrue(result.err().contains("build cache " + shard + " ignored: "), why + ": " + shard + ": " + result);
        }
        assertTrue(result.err().contains(why), why + ": " + result);
        assertTrue(result.err().contains("build cache: 9 bodies rendered"), result::toString);
        assertTrue(site.output("greet.html").contains("warmly"));
        assertSameFiles(fresh(site), site.snapshot());
        TestPlaybook.Result next = built(site);
        assertTrue(next.err().contains("build cache: 0 bodies rendered"), next::toString);
        assertSameFiles(fresh(site), site.snapshot());
    }

    /** Checks one damage: after it, the file is ignored (with {@code why} in the debug line) and the site is a fresh build's. */
    private interface Damaged {
        void check(UnaryOperator<byte[]> damage, String why) throws IOException;
    }

    private void everyDamage(String file) throws IOException {
        everyDamage((damage, why) -> assertIgnored(file, damage, why));
    }

    @Test
    void aDamagedTruncatedOrForeignIndexBlockIsIgnored() throws IOException {
        everyDamage(this::assertBlockIgnored);
    }

    @Test
    void anIndexBlockStoredUnderAnotherBlocksNameIsIgnored() throws IOException {
        TestPlaybook site = playbook(temp.resolve("renamed"));
        built(site);
        byte[] old = Files.readAllBytes(onlyBlock(site));
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello warmly. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        built(site);
        Path now = onlyBlock(site);
        Files.write(now, old);
        Files.delete(site.site().resolve(dev.playbook.index.SearchSchema.INFO));
        TestPlaybook.Result result = built(site);
        assertTrue(result.err().contains("build cache " + now + " ignored: java.io.IOException: made for another block"), result::toString);
        assertTrue(result.err().contains(", 1 index blocks indexed"), result::toString);
        assertSameFiles(fresh(site), site.snapshot());
    }

    private static Path onlyBlock(TestPlaybook site) throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(site.source().resolve(StoredCache.FOLDER))) {
            java.util.List<Path> blocks = list.filter(p -> p.getFileName().toString().startsWith(StoredIndexBlocks.PREFIX)).toList();
            assertEquals(1, blocks.size(), blocks::toString);
            return blocks.get(0);
        }
    }

    /**
     * Damages the stored index block after a cached build, then removes the published index's
     * description, so that the next build makes the index and reads the block: it is ignored and
     * indexed again, and the next build trusts the block stored again.
     */
    private void assertBlockIgnored(UnaryOperator<byte[]> damage, String why) throws IOException {
        TestPlaybook site = playbook(temp.resolve("block-" + System.nanoTime()));
        built(site);
        Path block = onlyBlock(site);
        Files.write(block, damage.apply(Files.readAllBytes(block)));
        Files.delete(site.site().resolve(dev.playbook.index.SearchSchema.INFO));
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("build cache " + block + " ignored: "), why + ": " + result);
        assertTrue(result.err().contains(why), why + ": " + result);
        assertTrue(result.err().contains(", 1 index blocks indexed"), result::toString);
        assertSameFiles(fresh(site), site.snapshot());
        Files.delete(site.site().resolve(dev.playbook.index.SearchSchema.INFO));
        TestPlaybook.Result next = built(site);
        assertTrue(next.err().contains(", 0 index blocks indexed"), next::toString);
        assertSameFiles(fresh(site), site.snapshot());
    }

    private void everyDamage(Damaged assertIgnored) throws IOException {
        assertIgnored.check(bytes -> Arrays.copyOf(bytes, bytes.length / 2), "");
        assertIgnored.check(bytes -> Arrays.copyOf(bytes, 3), "EOFException");
        assertIgnored.check(bytes -> new byte[0], "EOFException");
        assertIgnored.check(bytes -> {
            byte[] flipped = bytes.clone();
            flipped[flipped.length / 2] ^= 0x5a;
            return flipped;
        }, "");
        assertIgnored.check(bytes -> {
            byte[] flipped = bytes.clone();
            flipped[flipped.length - 1] ^= 1;
            return flipped;
        }, "checksum mismatch");
        // Checksums that match, of files another generator, format or kind of file made.
        assertIgnored.check(bytes -> rewritten(bytes, "another generator 9.9 /elsewhere/playbook.jar", CacheFiles.FORMAT), "another generator");
        assertIgnored.check(bytes -> rewritten(bytes, null, CacheFiles.FORMAT + 1), "not a cache file of this format");
        assertIgnored.check(bytes -> rewritten(bytes, null, CacheFiles.FORMAT, "kind"), "not a");
        assertIgnored.check(bytes -> append(bytes, new byte[] {1, 2, 3}), "checksum mismatch");
    }

    @Test
    void theCacheOfAnotherPlaybookIsIgnored() throws IOException {
        TestPlaybook other = playbook(temp.resolve("other"));
        other.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nPoisoned. " + MARKER + "\n");
        built(other);
        TestPlaybook site = playbook(temp.resolve("mine"));
        Files.createDirectories(site.source().resolve(StoredCache.FOLDER));
        for (String name : new String[] {StoredCache.BODIES, StoredCache.LAYOUTS}) {
            Files.copy(other.source().resolve(StoredCache.FOLDER).resolve(name), site.source().resolve(StoredCache.FOLDER).resolve(name));
        }
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("another source folder"), result::toString);
        assertFalse(site.output("greet.html").contains("Poisoned"));
        assertSameFiles(fresh(site), site.snapshot());
    }

    @Test
    void layoutsAreNotTrustedOnceAnotherBuildPublishedIntoTheFolder() {
        TestPlaybook site = playbook(temp.resolve("a"));
        built(site);
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nEdited. " + MARKER + "\n");
        assertEquals(0, site.build("--no-cache").exitCode());
        assertTrue(site.output("greet.html").contains("Edited"));
        // Back to what the stored layouts were made from: the published page is not that any more.
        site.file("greet.md", "---\ntitle: Greet\n---\n## How\n\nSay hello. " + MARKER + "\n\n[Refunds](refunds.md#when)\n");
        built(site);
        assertFalse(site.output("greet.html").contains("Edited"));
        assertSameFiles(fresh(site), site.snapshot());
    }

    @Test
    void aBuildKilledWhilePublishingLeavesNoLayoutsToTrust() throws IOException {
        TestPlaybook site = playbook(temp.resolve("a"));
        built(site);
        Path layouts = site.source().resolve(StoredCache.FOLDER).resolve(StoredCache.LAYOUTS);
        assertTrue(Files.isRegularFile(layouts));
        StoredCache opened = StoredCache.open(site.source(), line -> { });
        assertFalse(Files.exists(layouts), "read and removed before anything is published");
        assertTrue(opened.cache().rendered.size() > 0);
        opened.save(false);
        assertTrue(Files.isRegularFile(layouts), "stored again by a build that published nothing");
        // A build with errors publishes nothing: the layouts it read still describe the output, and are stored again.
        site.file("broken.md", "---\ntitle: [unclosed\n---\n");
        assertEquals(1, site.build().exitCode());
        assertTrue(Files.isRegularFile(layouts));
        site.delete("broken.md");
        TestPlaybook.Result result = built(site);
        assertTrue(result.err().contains("0 pages laid out"), result::toString);
    }

    /** The file with another generator (when not null) or format, or kind, and its checksum made again. */
    private static byte[] rewritten(byte[] bytes, String generator, int format, String... kind) {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
        String magic = next(in);
        in.getInt();
        String identity = next(in);
        String fileKind = next(in);
        byte[] payload = new byte[in.remaining()];
        in.get(payload);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            CacheCodec.string(data, magic);
            data.writeInt(format);
            CacheCodec.string(data, generator == null ? identity : generator + identity.substring(identity.indexOf('\n')));
            CacheCodec.string(data, kind.length > 0 ? kind[0] : fileKind);
            data.write(payload);
            return withChecksum(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] append(byte[] bytes, byte[] more) {
        byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
        System.arraycopy(more, 0, all, bytes.length, more.length);
        return all;
    }

    private static String next(ByteBuffer in) {
        byte[] text = new byte[in.getInt()];
        in.get(text);
        return new String(text, StandardCharsets.UTF_8);
    }

    private static byte[] withChecksum(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return ByteBuffer.allocate(content.length + Long.BYTES).put(content).putLong(crc.getValue()).array();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
