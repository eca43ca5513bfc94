package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.SourceTree;
import dev.playbook.theme.Theme;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.SiteWriter;

import java.io.IOException;

/** The copy stage: theme assets, the playbook's static files and the release's own files into the writer. */
final class FileCopies {

    private final Problems problems;
    private final String displayRoot;
    private final boolean pagesFirst;

    FileCopies(Problems problems, String displayRoot, boolean pagesFirst) {
        this.problems = problems;
        this.displayRoot = displayRoot;
        this.pagesFirst = pagesFirst;
    }

    /** What a Mermaid code block renders with; the theme's copy of mermaid is published only beside pages that have one. */
    static final String DIAGRAM = "class=\"language-mermaid\"";
    private static final String MERMAID = "assets/js/vendor/mermaid/";

    void copyFiles(Theme theme, SourceTree sources, SiteWriter writer, boolean diagrams) throws IOException {
        for (String asset : theme.paths("assets/")) {
            if (!diagrams && asset.startsWith(MERMAID)) {
                continue;
            }
            try {
                writer.copy(asset, theme.file(asset).orElseThrow(), "theme file " + asset);
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(displayRoot), e.getMessage());
            }
        }
        sources.statics().parallelStream().forEach(file -> {
            try {
                writer.copy(file.path(), file.file(), displayRoot + "/" + file.path());
            } catch (dev.playbook.write.UnreadableSourceException e) {
                problems.error(SourcePosition.of(displayRoot + "/" + file.path()), e.getMessage());
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(displayRoot + "/" + file.path()), e.getMessage());
            } catch (IOException e) {
                throw new BuildException("layout", e);
            }
        });
    }

    /** The accent colours of {@code theme:} in playbook.yml, as the stylesheet every page links after the theme's. */
    void writeThemeSettings(dev.playbook.config.ThemeSettings settings, SiteWriter writer) throws IOException {
        if (settings.accent().isEmpty()) {
            return;
        }
        String css = dev.playbook.config.AccentPalette.css(settings.accent().get(), settings.accentDark());
        try {
            writer.write(dev.playbook.render.ThemeSettingsView.STYLESHEET, css, "theme.accent in playbook.yml");
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
        }
    }

    void writeReleaseFiles(ReleaseStep.ReleaseExtras release, SiteWriter writer) throws IOException {
        for (var file : new java.util.TreeMap<>(release.files()).entrySet()) {
            try {
                writer.write(file.getKey(), file.getValue(), "the release file " + file.getKey());
            } catch (OutputClashException e) {
                problems.error(SourcePosition.of(displayRoot), e.getMessage());
            }
        }
        // Made on all cores: the pages' snapshot and manifest are each a few hundred milliseconds at 10,000 pages.
        try {
            new java.util.TreeMap<>(release.lateFiles()).entrySet().parallelStream().forEach(file -> {
                String owner = "the release file " + file.getKey();
                try {
                    if (!pagesFirst || !writer.keep(file.getKey(), owner)) {
                        writer.write(file.getKey(), file.getValue().get(), owner);
                    }
                } catch (OutputClashException e) {
                    problems.error(SourcePosition.of(displayRoot), e.getMessage());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
