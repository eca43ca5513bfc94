package dev.playbook.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: templates under {@code templates/} and published files under {@code assets/}. Layers
 * are searched in order, so a project's {@code themes/<name>/} overrides the embedded default one
 * file at a time.
 */
public final class Theme {

    static final String EMBEDDED_ROOT = "/playbook-theme/default";

    private final String name;
    private final List<Path> layers;
    private final Map<String, Path> files;

    private Theme(String name, List<Path> layers) throws IOException {
        this.name = name;
        this.layers = List.copyOf(layers);
        this.files = index(layers);
    }

    /**
     * Resolves {@code --theme}: a path to a folder, or a name looked up as {@code themes/<name>/}
     * beside the source folder. The embedded default theme is always the bottom layer.
     */
    public static Theme resolve(String spec, Path sourceRoot) throws IOException, ThemeNotFoundException {
        List<Path> layers = new ArrayList<>();
        Optional<Path> project = projectLayer(spec, sourceRoot);
        if (project.isEmpty() && !spec.equals("default")) {
            throw new ThemeNotFoundException("theme \"" + spec + "\" not found: give a folder path, or create "
                    + sourceRoot.toAbsolutePath().normalize().resolveSibling("themes").resolve(spec));
        }
        project.ifPresent(layers::add);
        layers.add(embedded());
        return new Theme(spec, layers);
    }

    /** Only the embedded default theme. */
    public static Theme embeddedDefault() throws IOException {
        return new Theme("default", List.of(embedded()));
    }

    public String name() {
        return name;
    }

    /** The project's own theme folder over the embedded default, if there is one. */
    public Optional<Path> projectFolder() {
        return layers.size() > 1 ? Optional.of(layers.get(0).toAbsolutePath().normalize()) : Optional.empty();
    }

    /** The file that wins for a theme path such as {@code templates/page.ftlh}. */
    public Optional<Path> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Theme paths below a folder (e.g. {@code assets/}), sorted. */
    public List<String> paths(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return files.keySet().stream().filter(p -> p.startsWith(prefix)).toList();
    }

    private static Optional<Path> projectLayer(String spec, Path sourceRoot) {
        Path asPath = Path.of(spec);
        if ((spec.contains("/") || spec.contains("\\") || spec.startsWith(".")) && Files.isDirectory(asPath)) {
            return Optional.of(asPath);
        }
        Path parent = sourceRoot.toAbsolutePath().normalize().getParent();
        if (parent != null && !spec.contains("/")) {
            Path beside = parent.resolve("themes").resolve(spec);
            if (Files.isDirectory(beside)) {
                return Optional.of(beside);
            }
        }
        return Optional.empty();
    }

    private static Path embedded() throws IOException {
        URL marker = Theme.class.getResource(EMBEDDED_ROOT + "/theme.yml");
        if (marker == null) {
            throw new IOException("the default theme is missing from the classpath (" + EMBEDDED_ROOT + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.getPath(EMBEDDED_ROOT);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the default theme: " + marker, e);
        }
    }

    private static Map<String, Path> index(List<Path> layers) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path layer = layers.get(i);
            try (Stream<Path> walk = Files.walk(layer)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String relative = layer.relativize(file).toString().replace('\\', '/');
                    if (!relative.startsWith(".") && !relative.contains("/.")) {
                        files.put(relative, file);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return "Theme[" + name + " " + layers + "]";
    }

}
