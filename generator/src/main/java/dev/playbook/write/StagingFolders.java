package dev.playbook.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a build stages its output: {@code .<out>.staging-<uuid>/} folders beside the output folder
 * (in its parent, so renames into it stay on one file system and atomic), never inside it, so a
 * host that syncs the output folder never sees them. A build killed before it cleaned up leaves
 * them behind; the next build of the same output folder removes them (only folders named by this
 * pattern, and the journal's temporary file), once it holds the lock.
 */
final class StagingFolders {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The staging folders of releases that older versions made inside the output folder. */
    private static final Pattern INSIDE = Pattern.compile("\\.[A-Za-z0-9._-]+\\.staging-" + UUID_TEXT.pattern());

    private StagingFolders() {
    }

    /** Whether {@code file} (a name in the output folder's parent) is a staging folder of output folder {@code name}. */
    static boolean isStaging(String file, String name) {
        String prefix = "." + name + ".staging-";
        return file.startsWith(prefix) && UUID_TEXT.matcher(file.substring(prefix.length())).matches();
    }

    /** Makes a new staging folder for the output folder {@code root}. */
    static Path create(Path root) throws IOException {
        Path folder = root.getParent().resolve("." + root.getFileName() + ".staging-" + UUID.randomUUID());
        Files.createDirectory(folder);
        return folder;
    }

    /**
     * Removes what earlier builds of {@code root} left: staging folders beside it, the journal's
     * temporary file, and staging folders older versions left inside it. Call only with the lock
     * held and after any journal was completed. Returns how many were removed.
     */
    static int removeLeftovers(Path root) throws IOException {
        String name = root.getFileName().toString();
        int removed = 0;
        try (Stream<Path> beside = Files.list(root.getParent())) {
            for (Path path : beside.sorted().toList()) {
                if (isStaging(path.getFileName().toString(), name) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(path);
                    removed++;
                }
            }
        }
        if (Files.deleteIfExists(Journal.temporary(root))) {
            removed++;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> inside;
            try (Stream<Path> list = Files.list(root)) {
                inside = list.filter(p -> INSIDE.matcher(p.getFileName().toString()).matches()
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path path : inside) {
                String file = path.getFileName().toString();
                String owner = file.substring(1, file.lastIndexOf(".staging-"));
                // A build writing straight into a folder of this output folder holds a lock there.
                if (!Files.exists(root.resolve("." + owner + ".lock"))) {
                    deleteTree(path);
                    removed++;
                }
            }
        }
        return removed;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
