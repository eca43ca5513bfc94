package dev.playbook.releases;

import dev.playbook.digest.ContentDigest;
import dev.playbook.theme.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A digest of what a release's output depends on, fed field by field ({@link ContentDigest}). */
final class Fingerprint {

    private final ContentDigest digest = new ContentDigest();

    Fingerprint add(String field, String value) {
        digest.add(field).add(value);
        return this;
    }

    Fingerprint add(String field, byte[] value) {
        digest.add(field).add(value);
        return this;
    }

    String hex() {
        return digest.hex();
    }

    /**
     * Every file below a folder, by relative path, in sorted order: each file's own digest, taken
     * on all cores (a large playbook has tens of megabytes), then those digests in order.
     */
    static String ofFolder(Path folder) throws IOException {
        Fingerprint print = new Fingerprint();
        try (Stream<Path> walk = Files.walk(folder)) {
            // The build cache inside the source is the generator's, not the playbook's.
            Path cache = folder.resolve(dev.playbook.build.StoredCache.FOLDER);
            List<Path> files = walk.filter(file -> !file.startsWith(cache)).filter(Files::isRegularFile).sorted().toList();
            List<byte[]> digests = files.parallelStream().map(file -> {
                try {
                    return new Fingerprint().add("bytes", Files.readAllBytes(file)).digest.bytes();
                } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
                    // The build reports the file at its place; the release is not published then.
                    return new Fingerprint().add("unreadable", e.getClass().getSimpleName()).digest.bytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            for (int i = 0; i < files.size(); i++) {
                print.add(folder.relativize(files.get(i)).toString().replace('\\', '/'), digests.get(i));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return print.hex();
    }

    /** The files of a theme that reach the output: templates and assets. */
    static String ofTheme(Theme theme) throws IOException {
        Fingerprint print = new Fingerprint();
        for (String folder : List.of("templates/", "assets/")) {
            for (String path : theme.paths(folder)) {
                print.add(path, Files.readAllBytes(theme.file(path).orElseThrow()));
            }
        }
        return print.hex();
    }
}
