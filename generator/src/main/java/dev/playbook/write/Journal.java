package dev.playbook.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The write-ahead list of one publish: every step that turns the published site into the new one
 * (renames of staged folders and files, deletions), written and flushed to disk beside the output
 * folder before the first step runs, and removed after the last. A process killed in between
 * leaves it behind; the next one to take the output folder's lock runs its steps again (each step
 * can run twice) and so completes the publish before doing anything else.
 *
 * <p>Paths are relative to the output folder's parent and must lie inside the output folder or in
 * one of its staging folders, so a damaged journal cannot touch anything else.
 */
final class Journal {

    static final String HEADER = "playbook-journal 1";
    static final String END = "end";

    /** One step; {@code to} is empty for steps on one path. */
    record Step(Kind kind, String from, String to) {
        Step {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(from, "from");
            java.util.Objects.requireNonNull(to, "to");
        }

        static Step of(Kind kind, String path) {
            return new Step(kind, path, "");
        }
    }

    enum Kind {
        /** Create a folder and its parents. */
        MKDIRS,
        /** Rename a staged folder to a free place in the output folder (one rename publishes all it holds). */
        FOLDER,
        /** Rename a staged file over its place in the output folder. */
        FILE,
        /** Remove a file this tool published before and no longer writes. */
        DELETE,
        /** Remove a folder and its parents while they are empty, up to (not including) the second path. */
        PRUNE
    }

    private Journal() {
    }

    static Path file(Path root) {
        return root.getParent().resolve("." + root.getFileName() + ".journal");
    }

    static Path temporary(Path root) {
        return root.getParent().resolve("." + root.getFileName() + ".journal.tmp");
    }

    /** Writes the journal of {@code steps} and flushes it, and its folder, to disk. */
    static void write(Path root, List<Step> steps) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Step step : steps) {
            text.append(step.kind().name().toLowerCase(java.util.Locale.ROOT)).append('\t').append(step.from());
            if (!step.to().isEmpty()) {
                text.append('\t').append(step.to());
            }
            text.append('\n');
        }
        text.append(END).append('\n');
        Path temporary = temporary(root);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file(root), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(root.getParent());
    }

    /** The steps of the journal left by an interrupted publish, if there is one. */
    static Optional<List<Step>> read(Path root) throws IOException {
        Path file = file(root);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
            throw new IOException(file + " is not a complete publish journal; it was not written by this version of"
                    + " Playbook: remove it, then build again");
        }
        String name = root.getFileName().toString();
        List<Step> steps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] parts = line.split("\t", -1);
            Kind kind;
            try {
                kind = Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw damaged(file, line);
            }
            boolean two = kind == Kind.FOLDER || kind == Kind.FILE || kind == Kind.PRUNE;
            if (parts.length != (two ? 3 : 2) || !allowed(parts[1], name) || (two && !allowed(parts[2], name))) {
                throw damaged(file, line);
            }
            steps.add(new Step(kind, parts[1], two ? parts[2] : ""));
        }
        return Optional.of(steps);
    }

    /** Removes the journal once every step is done, and makes the removal durable. */
    static void remove(Path root) throws IOException {
        Files.deleteIfExists(file(root));
        syncFolder(root.getParent());
    }

    /** A path inside the output folder or one of its staging folders, with no way out of them. */
    static boolean allowed(String path, String name) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        String first = path.split("/", 2)[0];
        return first.equals(name) || StagingFolders.isStaging(first, name);
    }

    private static IOException damaged(Path file, String line) {
        return new IOException(file + " holds a step Playbook cannot run (\"" + line + "\"); remove the file, then build"
                + " again into an empty folder");
    }

    /** Flushes a folder's entries (renames, new and removed files) to disk; where the platform cannot, nothing. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform opens folders (Windows): the renames are as durable as it makes them.
        }
    }
}
