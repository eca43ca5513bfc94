package dev.playbook.dialects;

import dev.playbook.load.StaticFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files Hugo and Docusaurus serve from the site root although they live beside the source
 * folder: Hugo's {@code static/} (or the folders its {@code staticDir} names) next to
 * {@code content/}, Docusaurus's {@code static/} next to {@code docs/}. A link to {@code /img/x.png}
 * resolved there on the old site; published at the same path, it resolves here too. Files of the
 * source folder itself win over them; hidden files and folders are left out.
 */
public final class SiteStatics {

    private static final List<String> HUGO = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json", "config/_default/config.yaml",
            "config/_default/config.toml", "config/_default/hugo.yaml", "config/_default/hugo.toml");
    private static final List<String> DOCUSAURUS = List.of("docusaurus.config.js", "docusaurus.config.ts",
            "docusaurus.config.mjs", "docusaurus.config.mts", "docusaurus.config.cjs");
    private static final Pattern STATIC_DIR = Pattern.compile("(?m)^staticDir[ \\t]*[:=][ \\t]*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*-\\s*['\"]?([\\w./-]+)['\"]?\\s*");
    private static final Pattern NAME = Pattern.compile("['\"]?([\\w./-]+)['\"]?");

    private SiteStatics() {
    }

    /** The old site's root files, as paths from the site root; those whose path the source has already are left out. */
    public static List<StaticFile> of(Path source, Set<String> taken) {
        Path root = source.toAbsolutePath().normalize();
        Path site = root.getParent();
        if (site == null) {
            return List.of();
        }
        List<StaticFile> files = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(taken);
        for (String folder : folders(site)) {
            Path dir = site.resolve(folder).normalize();
            if (!dir.startsWith(site) || dir.equals(root) || root.startsWith(dir) || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    Path rel = dir.relativize(file);
                    String path = rel.toString().replace('\\', '/');
                    boolean hidden = false;
                    for (Path part : rel) {
                        hidden |= part.toString().startsWith(".");
                    }
                    if (!hidden && seen.add(path)) {
                        files.add(new StaticFile(path, file));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // An unreadable static folder publishes nothing; the links into it are reported broken.
            }
        }
        return files;
    }

    /** The static folders of the site in {@code site}: none unless it is a Hugo or Docusaurus site. */
    static List<String> folders(Path site) {
        for (String name : DOCUSAURUS) {
            if (Files.isRegularFile(site.resolve(name))) {
                return List.of("static");
            }
        }
        for (String name : HUGO) {
            Path config = site.resolve(name);
            if (Files.isRegularFile(config)) {
                return staticDirs(read(config));
            }
        }
        return List.of();
    }

    /** Hugo's {@code staticDir} (one name, a list, or a YAML list below it), {@code static} when not set. */
    static List<String> staticDirs(String config) {
        Matcher m = STATIC_DIR.matcher(config);
        if (!m.find()) {
            return List.of("static");
        }
        List<String> dirs = new ArrayList<>();
        String value = m.group(1).strip();
        if (value.isEmpty()) {
            for (String line : config.substring(m.end()).split("\n", -1)) {
                Matcher item = LIST_ITEM.matcher(line);
                if (line.isBlank() && dirs.isEmpty()) {
                    continue;
                }
                if (!item.matches()) {
                    break;
                }
                dirs.add(item.group(1));
            }
        } else {
            Matcher name = NAME.matcher(value.replaceAll("^\\[|]$", ""));
            while (name.find()) {
                dirs.add(name.group(1));
            }
        }
        return dirs.isEmpty() ? List.of("static") : dirs;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
