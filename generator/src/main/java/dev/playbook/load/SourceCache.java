package dev.playbook.load;

import dev.playbook.diag.Problem;

import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the loader read before, by path, for a process that loads the same folder again and
 * again (the dev server): a file whose size and modification time did not change is not read
 * again. A path can be forgotten explicitly when a watcher says it changed.
 */
public final class SourceCache {

    /** One file as read: its stamp, the source (absent when it could not be read) and its problems. */
    record Entry(long size, FileTime modified, Optional<SourceFile> file, List<Problem> problems) { }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Entry> get(String path, long size, FileTime modified) {
        Entry entry = entries.get(path);
        return entry != null && entry.size() == size && entry.modified().equals(modified) ? Optional.of(entry) : Optional.empty();
    }

    void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    /** Drops what is known of these paths (inside the source folder), so they are read again. */
    public void forget(Collection<String> paths) {
        paths.forEach(entries::remove);
    }

    /** Drops everything known. */
    public void forgetAll() {
        entries.clear();
    }

    /** Drops paths that are no longer in the folder. */
    void retain(Collection<String> paths) {
        entries.keySet().retainAll(paths instanceof java.util.Set<?> ? paths : java.util.Set.copyOf(paths));
    }
}
