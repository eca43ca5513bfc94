package dev.playbook.dialects;

import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.SourceFile;
import dev.playbook.model.NavHints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The navigation a handbook brought from its old generator, read from the source folder: GitBook's
 * {@code SUMMARY.md} (where {@code .gitbook.yaml} says), MkDocs' {@code nav:} (from the
 * {@code mkdocs.yml} in the source folder, or beside it when the source is its docs folder), and
 * Docusaurus' category files. A summary's order wins over a nav's; both over positions.
 */
public final class NavSources {

    private NavSources() {
    }

    /**
     * @param root    the source folder
     * @param display turns a path relative to the root into the path shown in problems
     * @param pages   the Markdown files read from the root
     */
    public static NavHints read(Path root, UnaryOperator<String> display, java.util.List<SourceFile> pages, Problems problems) {
        Set<String> paths = pages.stream().map(SourceFile::path).collect(Collectors.toSet());
        NavHints hints = NavHints.NONE;
        hints = hints.merge(categories(root, display, paths, problems));
        hints = mkDocs(root, display, paths, problems).merge(hints);
        hints = gitBook(root, display, paths, problems).merge(hints);
        return hints;
    }

    private static NavHints gitBook(Path root, UnaryOperator<String> display, Set<String> paths, Problems problems) {
        String summary = GitBookSummary.FILE;
        Optional<String> config = text(root.resolve(".gitbook.yaml"));
        if (config.isPresent()) {
            try {
                YamlDocument yaml = YamlDocument.parse(config.get(), display.apply(".gitbook.yaml"), 1);
                String named = yaml.root().path("structure").path("summary").asText("");
                if (!named.isBlank()) {
                    summary = SourcePaths.resolve("", named.strip()).orElse(summary);
                }
            } catch (YamlException e) {
                warn(e.problem(), problems);
            }
        }
        if (!paths.contains(summary)) {
            return NavHints.NONE;
        }
        String path = summary;
        return text(root.resolve(path))
                .map(text -> GitBookSummary.read(path, display.apply(path), text, paths, problems))
                .orElse(NavHints.NONE);
    }

    private static NavHints mkDocs(Path root, UnaryOperator<String> display, Set<String> paths, Problems problems) {
        Optional<String> here = text(root.resolve(MkDocsNav.FILE));
        Path beside = root.toAbsolutePath().normalize().getParent();
        Optional<String> above = here.isEmpty() && beside != null ? text(beside.resolve(MkDocsNav.FILE)) : Optional.empty();
        if (here.isEmpty() && above.isEmpty()) {
            return NavHints.NONE;
        }
        String shown = here.isPresent() ? display.apply(MkDocsNav.FILE)
                : Path.of(display.apply("../" + MkDocsNav.FILE)).normalize().toString().replace('\\', '/');
        YamlDocument config;
        try {
            config = YamlDocument.parse(here.orElseGet(above::get), shown, 1);
        } catch (YamlException e) {
            warn(e.problem(), problems);
            return NavHints.NONE;
        }
        String docs = MkDocsNav.docsDir(config);
        if (here.isPresent()) {
            return MkDocsNav.read(config, docs + "/", paths, problems);
        }
        // Beside the source: only when the source is its docs folder.
        boolean ours = beside.resolve(docs).toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize());
        return ours ? MkDocsNav.read(config, "", paths, problems) : NavHints.NONE;
    }

    private static NavHints categories(Path root, UnaryOperator<String> display, Set<String> paths, Problems problems) {
        Set<String> folders = new TreeSet<>();
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        NavHints hints = NavHints.NONE;
        for (String folder : folders) {
            for (String name : new TreeSet<>(DocusaurusCategories.FILES)) {
                String path = folder + "/" + name;
                Optional<String> text = text(root.resolve(path));
                if (text.isPresent()) {
                    hints = hints.merge(DocusaurusCategories.read(folder, name, display.apply(path), text.get(), problems));
                    break;
                }
            }
        }
        return hints;
    }

    private static Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the loader reports files it cannot read
        }
    }

    private static void warn(Problem problem, Problems problems) {
        problems.warning(new SourcePosition(problem.file(), problem.line(), problem.column()), problem.message() + "; navigation from it is ignored");
    }
}
