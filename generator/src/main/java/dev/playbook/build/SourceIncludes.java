package dev.playbook.build;

import dev.playbook.dialects.IncludeFiles;
import dev.playbook.load.DataFile;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceFile;
import dev.playbook.load.SourceText;
import dev.playbook.load.SourceTree;
import dev.playbook.load.StaticFile;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source folder's files as pages may include them: a page's body (after its front matter), a
 * partial's text, or another file's text (a code sample), read on first use within one build.
 */
final class SourceIncludes implements IncludeFiles {

    private final Map<String, File> known = new HashMap<>();
    private final Map<String, StaticFile> statics = new HashMap<>();
    private final Map<String, Optional<File>> read = new ConcurrentHashMap<>();
    private final Collection<String> paths;

    SourceIncludes(SourceTree sources) {
        for (SourceFile page : sources.pages()) {
            known.put(page.path(), new File(page.path(), page.display(), page.body(), page.bodyLine()));
        }
        for (DataFile partial : sources.partials()) {
            known.put(partial.path(), new File(partial.path(), partial.display(), partial.text(), 1));
        }
        for (StaticFile file : sources.statics()) {
            statics.put(file.path(), file);
        }
        TreeSet<String> all = new TreeSet<>(known.keySet());
        all.addAll(statics.keySet());
        paths = java.util.List.copyOf(all);
        // Files are named as the loader names pages: the same folder before the path.
        prefix = sources.pages().stream().findFirst()
                .map(p -> p.display().substring(0, p.display().length() - p.path().length())).orElse("");
    }

    private final String prefix;

    private String display(String path) {
        return prefix + path;
    }

    @Override
    public Optional<File> file(String path) {
        File file = known.get(path);
        if (file != null) {
            return Optional.of(file);
        }
        StaticFile other = statics.get(path);
        if (other == null) {
            return Optional.empty();
        }
        return read.computeIfAbsent(path, p -> {
            try {
                return Optional.of(new File(p, display(p), SourceText.decode(Files.readAllBytes(other.file()), display(p)), 1));
            } catch (IOException | SourceException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Collection<String> paths() {
        return paths;
    }
}
