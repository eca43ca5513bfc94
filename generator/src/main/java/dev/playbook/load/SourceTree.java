package dev.playbook.load;

import java.util.List;

/** Everything read from the source folder, each list sorted by path: pages, data files, files published as they are. */
public record SourceTree(List<SourceFile> pages, List<DataFile> data, List<StaticFile> statics) {
    public SourceTree {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        statics = List.copyOf(statics);
    }
}
