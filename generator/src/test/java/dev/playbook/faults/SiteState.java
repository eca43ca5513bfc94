package dev.playbook.faults;

import dev.playbook.testing.TestPlaybook;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every file of a published site, by path, with its bytes; and the comparisons the fault tests
 * make. Lucene stamps each segment with a random id and the time, so two builds of the same input
 * write different segment files: those are compared by name and by the documents an index made
 * of them holds; every other file, and every other entry of a release zip, byte for byte.
 */
record SiteState(Map<String, byte[]> files, Map<String, Integer> indexDocuments) {

    static SiteState of(Path out) {
        Map<String, byte[]> files = TestPlaybook.snapshot(out);
        Map<String, Integer> documents = new TreeMap<>();
        for (String path : files.keySet()) {
            if (path.matches(".*/search/lucene/segments_[0-9a-z]+")) {
                String folder = path.substring(0, path.lastIndexOf('/'));
                documents.put(folder, documents(out.resolve(folder)));
            }
        }
        return new SiteState(files, documents);
    }

    private static int documents(Path index) {
        try (var directory = FSDirectory.open(index); var reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IOException e) {
            return -1; // an index that does not open: a mixed or broken one
        }
    }

    private static boolean isIndexFile(String path) {
        return path.contains("/search/lucene/");
    }

    /** Whether this is exactly {@code other}, every byte of every file. */
    boolean identical(SiteState other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
    }

    /**
     * The first difference from {@code other}, Lucene's segment files compared by name and by the
     * number of documents their index opens with; empty when there is none.
     */
    Optional<String> differenceFrom(SiteState other) {
        Set<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(other.files.keySet());
        for (String path : paths) {
            byte[] mine = files.get(path);
            byte[] theirs = other.files.get(path);
            if (mine == null || theirs == null) {
                return Optional.of(path + (mine == null ? " is missing" : " should not be there"));
            }
            if (isIndexFile(path)) {
                continue;
            }
            if (path.endsWith(".zip") ? !zipEntries(mine).equals(zipEntries(theirs)) : !Arrays.equals(mine, theirs)) {
                return Optional.of(path + " differs");
            }
        }
        if (!indexDocuments.equals(other.indexDocuments) || indexDocuments.containsValue(-1)) {
            return Optional.of("search indexes differ: " + indexDocuments + " against " + other.indexDocuments);
        }
        return Optional.empty();
    }

    /** A zip's entries with their bytes as text of their digest; Lucene's segment files by name only. */
    private static Map<String, String> zipEntries(byte[] zip) {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                entries.put(entry.getName(), isIndexFile(entry.getName()) ? "" : Arrays.toString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (IOException e) {
            entries.put("(not a complete zip)", e.toString());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** The names in a folder beside the output folder, for checking what a build leaves there. */
    static Set<String> namesIn(Path folder) {
        try (var list = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            list.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
