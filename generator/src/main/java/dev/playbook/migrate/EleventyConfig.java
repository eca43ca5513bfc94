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
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                String shown = ProjectPaths.join(display, name);
                Optional<JsLiterals> js = ConfigTree.text(file, shown, problems).map(text -> new JsLiterals(text, shown));
                String input = js.flatMap(j -> j.literal("input", Optional.of("dir"))).map(Setting::value).orElse(".");
                Path root = ProjectPaths.folder(dir, input).orElse(dir);
                String rootShown = ProjectPaths.join(display, dir.relativize(root).toString().replace('\\', '/'));
                Optional<Setting> title = Optional.empty();
                Optional<Setting> language = Optional.empty();
                for (String data : DATA) {
                    Path path = root.resolve("_data").resolve(data);
                    if (title.isEmpty() && Files.isRegularFile(path)) {
                        String dataShown = ProjectPaths.join(rootShown, "_data/" + data);
                        if (data.endsWith(".json")) {
                            Optional<ConfigTree> tree = ConfigTree.read(path, dataShown, problems);
                            title = tree.flatMap(t -> t.text("title"));
                            language = tree.flatMap(t -> t.text("language").or(() -> t.text("lang")));
                        } else {
                            Optional<JsLiterals> values = ConfigTree.text(path, dataShown, problems)
                                    .map(text -> new JsLiterals(text, dataShown));
                            title = values.flatMap(v -> v.literal("title", Optional.empty()));
                            language = values.flatMap(v -> v.literal("language", Optional.empty())
                                    .or(() -> v.literal("lang", Optional.empty())));
                        }
                    }
                }
                return Optional.of(new OldConfig("Eleventy", shown, root, title,
                        js.flatMap(j -> j.literal("pathPrefix", Optional.empty())).stream().toList(), language));
            }
        }
        return Optional.empty();
    }
}
