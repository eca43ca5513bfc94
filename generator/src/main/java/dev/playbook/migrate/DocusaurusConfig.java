package dev.playbook.migrate;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Docusaurus' {@code docusaurus.config.js} (or {@code .ts}, {@code .mjs}, {@code .cjs}): JavaScript,
 * so its literals are read by pattern ({@link JsLiterals}), never run. {@code title};
 * {@code baseUrl} joined with the docs' {@code routeBasePath} (default {@code docs}) as the path the
 * docs were served under, and that path alone too (Markdown links leave the {@code baseUrl} out);
 * {@code i18n.defaultLocale}; the {@code docs/} folder as the Markdown root.
 */
final class DocusaurusConfig {

    static final List<String> FILES = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
            "docusaurus.config.cjs", "docusaurus.config.mts", "docusaurus.config.cts");

    private DocusaurusConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        return ConfigFile.first(dir, display, FILES).map(found -> {
            String shown = found.shown();
            Optional<JsLiterals> js = ConfigTree.text(found.file(), shown, problems).map(text -> new JsLiterals(text, shown));
            Optional<Setting> base = js.flatMap(j -> j.literal("baseUrl", Optional.empty()));
            Optional<Setting> route = js.flatMap(j -> j.literal("routeBasePath", Optional.of("docs")));
            return new OldConfig("Docusaurus", shown, ProjectPaths.folder(dir, "docs").orElse(dir),
                    js.flatMap(j -> j.literal("title", Optional.empty())),
                    basePaths(shown, base, route),
                    js.flatMap(j -> j.literal("defaultLocale", Optional.of("i18n"))));
        });
    }

    private static List<Setting> basePaths(String file, Optional<Setting> base, Optional<Setting> route) {
        String basePath = trim(base.map(Setting::value).orElse(""));
        String routePath = trim(route.map(Setting::value).orElse("docs"));
        SourcePosition at = base.or(() -> route).map(Setting::at).orElse(SourcePosition.of(file));
        String joined = Stream.of(basePath, routePath).filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
        List<Setting> paths = new ArrayList<>();
        if (!joined.isEmpty()) {
            String key = base.isPresent() ? "baseUrl and routeBasePath" : route.isPresent() ? "routeBasePath"
                    : "the default routeBasePath (docs)";
            paths.add(new Setting("/" + joined + "/", key, at));
        }
        if (!basePath.isEmpty() && !routePath.isEmpty()) {
            paths.add(new Setting("/" + routePath + "/", "routeBasePath", route.map(Setting::at).orElse(at)));
        }
        return paths;
    }

    private static String trim(String path) {
        return path.strip().replaceAll("^/+|/+$", "");
    }
}
