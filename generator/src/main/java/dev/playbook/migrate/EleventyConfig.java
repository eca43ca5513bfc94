package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Eleventy's {@code .eleventy.js} (or {@code eleventy.config.js} and its module forms): JavaScript,
 * read by pattern ({@link JsLiterals}), never run. {@code pathPrefix} is the path the site was served
 * under and {@code dir.input} the Markdown root. Eleventy keeps the site's title and language in its
 * global data, so they are read from {@code _data/metadata.json} or {@code site.json} (or the
 * {@code .js} forms, by pattern) in that root.
 */
final class EleventyConfig {

    static final List<String> FILES = List.of(".eleventy.js", ".eleventy.cjs", ".eleventy.mjs", "eleventy.config.js",
            "eleventy.config.cjs", "eleventy.config.mjs", "eleventy.config.ts");
    private static final List<String> DATA = List.of("metadata.json", "site.json", "metadata.js", "site.js");

    private EleventyConfig() {
    }

    static Optional<OldConfig> read(Path dir, String display, Problems problems) {
        return ConfigFile.first(dir, display, FILES).map(found -> {
            String shown = found.shown();
            Optional<JsLiterals> js = ConfigTree.text(found.file(), shown, problems).map(text -> new JsLiterals(text, shown));
            String input = js.flatMap(j -> j.literal("input", Optional.of("dir"))).map(Setting::value).orElse(".");
            Path root = ProjectPaths.folder(dir, input).orElse(dir);
            String rootShown = ProjectPaths.join(display, dir.relativize(root).toString().replace('\\', '/'));
            GlobalData data = globalData(root, rootShown, problems);
            return new OldConfig("Eleventy", shown, root, data.title(),
                    js.flatMap(j -> j.literal("pathPrefix", Optional.empty())).stream().toList(), data.language());
        });
    }

    private record GlobalData(Optional<Setting> title, Optional<Setting> language) { }

    /** The first data file of {@link #DATA} there is: JSON parsed, JavaScript read by pattern. */
    private static GlobalData globalData(Path root, String rootShown, Problems problems) {
        for (String name : DATA) {
            Path path = root.resolve("_data").resolve(name);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String shown = ProjectPaths.join(rootShown, "_data/" + name);
            if (name.endsWith(".json")) {
                Optional<ConfigTree> tree = ConfigTree.read(path, shown, problems);
                return new GlobalData(tree.flatMap(t -> t.text("title")),
                        tree.flatMap(t -> t.text("language").or(() -> t.text("lang"))));
            }
            Optional<JsLiterals> js = ConfigTree.text(path, shown, problems).map(text -> new JsLiterals(text, shown));
            return new GlobalData(js.flatMap(j -> j.literal("title", Optional.empty())),
                    js.flatMap(j -> j.literal("language", Optional.empty()).or(() -> j.literal("lang", Optional.empty()))));
        }
        return new GlobalData(Optional.empty(), Optional.empty());
    }
}
