package dev.playbook.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The framing of every file of the stored cache: the cache format, the identity of the generator
 * and source folder, the kind of file, its payload and a checksum of all of it. A file is trusted
 * only whole; it is written to a temporary name and moved into place in one step.
 */
final class CacheFiles {

    private static final String MAGIC = "playbook build cache";
    static final int FORMAT = 3;

    private final String identity;
    private final Consumer<String> debug;

    CacheFiles(String identity, Consumer<String> debug) {
        this.identity = identity;
        this.debug = debug;
    }

    /** What reads a stored file's payload; nothing it reads is used unless the whole file checks. */
    interface Reader<T> {
        T readFrom(DataInputStream in) throws IOException;
    }

    interface Payload {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * A stored file's content, once its format, generator, source and kind are what this build
     * expects and its checksum matches; empty (with a debug line) otherwise.
     */
    <T> Optional<T> read(Path file, String kind, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc))) {
            if (!CacheCodec.string(in).equals(MAGIC) || in.readInt() != FORMAT) {
                throw new IOException("not a cache file of this format");
            }
            if (!CacheCodec.string(in).equals(identity)) {
                throw new IOException("made by another generator or for another source folder");
            }
            if (!CacheCodec.string(in).equals(kind)) {
                throw new IOException("not a " + kind + " file");
            }
            T content = reader.readFrom(in);
            long computed = crc.getValue();
            if (in.readLong() != computed || in.read() != -1) {
                throw new IOException("checksum mismatch (damaged or truncated)");
            }
            return Optional.of(content);
        } catch (IOException | RuntimeException e) {
            debug.accept("debug: build cache " + file + " ignored: " + e);
            return Optional.empty();
        }
    }

    /**
     * Writes a stored file to a temporary name beside {@code target}, as it is made, then moves it
     * into place in one step.
     */
    void write(Path target, String kind, Payload payload) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            CRC32C crc = new CRC32C();
            try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), crc))) {
                CacheCodec.string(out, MAGIC);
                out.writeInt(FORMAT);
                CacheCodec.string(out, identity);
                CacheCodec.string(out, kind);
                payload.writeTo(out);
                out.flush();
                out.writeLong(crc.getValue());
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
