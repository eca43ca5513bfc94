package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds which generator a handbook was written for, by its config file, in a fixed order: Hugo,
 * Jekyll, MkDocs, Docusaurus, Eleventy, GitBook (the first found wins). The folder given may be the
 * project (holding the config) or its Markdown root (MkDocs' {@code docs/}, Hugo's {@code content/}):
 * then the config is in the folder above, and counts only when its Markdown root is this folder.
 */
final class OldConfigs {

    @FunctionalInterface
    interface Reader {
        Optional<OldConfig> read(Path dir, String display, Problems problems);
    }

    private static final List<Reader> READERS = List.of(HugoConfig::read, JekyllConfig::read, MkDocsConfig::read,
            DocusaurusConfig::read, EleventyConfig::read, GitBookConfig::read);

    private OldConfigs() {
    }

    static Optional<OldConfig> find(Path dir, String display, Problems problems) {
        for (Reader reader : READERS) {
            Optional<OldConfig> found = reader.read(dir, display, problems);
            if (found.isPresent()) {
                return found;
            }
        }
        Path here = dir.toAbsolutePath().normalize();
        Path parent = here.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        String parentDisplay = parentDisplay(display);
        for (Reader reader : READERS) {
            Problems own = new Problems();
            Optional<OldConfig> found = reader.read(parent, parentDisplay, own);
            if (found.isPresent() && found.get().markdownRoot().toAbsolutePath().normalize().equals(here)) {
                problems.addAll(own.sorted());
                OldConfig config = found.get();
                return Optional.of(new OldConfig(config.generator(), config.file(), dir, config.title(), config.basePaths(),
                        config.language()));
            }
        }
        return Optional.empty();
    }

    /** The folder above, as the user would write it: {@code site} for {@code site/docs}, {@code ..} for {@code .}. */
    private static String parentDisplay(String display) {
        String trimmed = display.replaceAll("/+$", "");
        if (trimmed.isEmpty() || trimmed.equals(".")) {
            return "..";
        }
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : trimmed.substring(0, slash);
    }
}
