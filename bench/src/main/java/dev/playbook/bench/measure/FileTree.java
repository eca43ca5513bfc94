package dev.playbook.bench.measure;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** Size of an output folder: total bytes of its regular files and how many there are. */
public record FileTree(long bytes, long files) {

    public static FileTree measure(Path root) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    totals[0] += attributes.size();
                    totals[1]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new FileTree(totals[0], totals[1]);
    }

    /** Deletes the folder and everything in it; an absent folder is fine. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
