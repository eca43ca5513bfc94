package dev.playbook.load;

import java.util.List;

/**
 * Everything read from the source folder, each list sorted by path: pages, data files, files
 * published as they are, and partials (Markdown under a folder named with a leading {@code _},
 * such as Jekyll's {@code _includes/}), which pages include and which are not pages themselves.
 */
public record SourceTree(List<SourceFile> pages, List<DataFile> data, List<StaticFile> statics, List<DataFile> partials) {
    public SourceTree {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        statics = List.copyOf(statics);
        partials = List.copyOf(partials);
    }

    public SourceTree(List<SourceFile> pages, List<DataFile> data, List<StaticFile> statics) {
        this(pages, data, statics, List.of());
    }

    /** This tree with more files published as they are (the source's own keep their paths), sorted by path. */
    public SourceTree plusStatics(List<StaticFile> more) {
        if (more.isEmpty()) {
            return this;
        }
        java.util.Map<String, StaticFile> all = new java.util.TreeMap<>();
        more.forEach(file -> all.put(file.path(), file));
        statics.forEach(file -> all.put(file.path(), file));
        return new SourceTree(pages, data, List.copyOf(all.values()), partials);
    }
}
