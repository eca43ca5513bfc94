package dev.playbook.languages;

import dev.playbook.config.Language;
import dev.playbook.load.SourceFile;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One language's pages: every page of the playbook, its translation where there is one and the
 * default language's page where there is none.
 *
 * @param language   the language
 * @param folder     where it is published in the release's folder: "" for the default one, else "es/"
 * @param pages      the pages, each at its original's path (so ids and URLs are the same in every language)
 * @param translated the source paths (the originals') of the pages translated into this language
 */
public record Edition(Language language, String folder, List<SourceFile> pages, Set<String> translated) {
    public Edition {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(folder, "folder");
        pages = List.copyOf(pages);
        translated = Set.copyOf(translated);
    }

    public boolean primary() {
        return folder.isEmpty();
    }
}
