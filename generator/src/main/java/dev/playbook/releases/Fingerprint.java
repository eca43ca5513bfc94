package dev.playbook.releases;

import dev.playbook.theme.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 digest of what a release's output depends on, fed field by field. */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Fingerprint add(String field, String value) {
        text(field);
        text(value);
        return this;
    }

    Fingerprint add(String field, byte[] value) {
        text(field);
        digest.update(length(value.length));
        digest.update(value);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(length(bytes.length));
        digest.update(bytes);
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
                    return new Fingerprint().add("bytes", Files.readAllBytes(file)).digest.digest();
                } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
                    // The build reports the file at its place; the release is not published then.
                    return new Fingerprint().add("unreadable", e.getClass().getSimpleName()).digest.digest();
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

    /** Lengths go before values, so that ("ab", "c") and ("a", "bc") differ. */
    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
