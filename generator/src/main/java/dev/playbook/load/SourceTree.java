package dev.playbook.load;

import java.util.List;

/** Everything read from the source folder, each list sorted by path. */
public record SourceTree(List<SourceFile> pages, List<StaticFile> statics) {
    public SourceTree {
        pages = List.copyOf(pages);
        statics = List.copyOf(statics);
    }
}
