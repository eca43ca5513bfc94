package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The front door of {@code playbook init --from}: reads a handbook's old config and plans the
 * {@code playbook.yml} that builds it. Nothing is written here; a config that is missing or does
 * not parse still gives a usable plan (title from the home page or the folder's name).
 */
public final class HandbookImport {

    private HandbookImport() {
    }

    /**
     * @param dir     the handbook: the old generator's project folder, or its Markdown folder
     * @param display that folder as problems and messages name it
     */
    public static ImportPlan plan(Path dir, String display, Problems problems) {
        Optional<OldConfig> config = OldConfigs.find(dir, display, problems);
        Path root = config.map(OldConfig::markdownRoot).orElse(dir);
        String relative = dir.toAbsolutePath().normalize().relativize(root.toAbsolutePath().normalize()).toString().replace('\\', '/');
        String rootDisplay = ProjectPaths.join(display, relative);

        PlaybookYml.Value title = config.flatMap(OldConfig::title)
                .flatMap(t -> SettingValues.title(t).map(v -> new PlaybookYml.Value(v, from(t))))
                .orElseGet(() -> {
                    HomeTitle.Found found = HomeTitle.of(root, rootDisplay, dir);
                    return new PlaybookYml.Value(found.title(), found.source());
                });
        PlaybookYml.Value language = config.flatMap(OldConfig::language)
                .flatMap(l -> SettingValues.languageTag(l, problems).map(v -> new PlaybookYml.Value(v, from(l))))
                .orElse(new PlaybookYml.Value("en", "Playbook's default: no language in the old config"));
        List<PlaybookYml.Value> basePaths = new ArrayList<>();
        for (Setting path : config.map(OldConfig::basePaths).orElse(List.of())) {
            SettingValues.basePath(path, problems).filter(p -> basePaths.stream().noneMatch(b -> b.value().equals(p)))
                    .ifPresent(p -> basePaths.add(new PlaybookYml.Value(p, from(path))));
        }
        String origin = config.map(c -> c.generator() + ", from " + c.file()).orElse("no generator's config found");
        String heading = "playbook.yml for the handbook in " + rootDisplay + " (" + origin + "), written by"
                + " playbook init --from " + display + ".";
        String text = PlaybookYml.text(heading, title, language, basePaths, FolderTypes.guess(root));
        return new ImportPlan(root, rootDisplay, origin, text);
    }

    private static String from(Setting setting) {
        String place = setting.at().file() + (setting.at().line() > 0 ? ":" + setting.at().line() : "");
        return setting.key() + " in " + place;
    }
}
