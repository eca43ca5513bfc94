package dev.playbook.migrate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An old generator's config file read with a real parser (TOML by Jackson's TOML module; YAML, and
 * JSON as the YAML it also is, by Jackson's YAML module), its values found by key with their places.
 * A file that does not parse is a warning at the parser's position: init then takes nothing from it.
 */
final class ConfigTree {

    private static final TomlMapper TOML = new TomlMapper();
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[");

    private final JsonNode root;
    private final String file;
    private final Function<String[], SourcePosition> positions;
    private final Problems problems;

    private ConfigTree(JsonNode root, String file, Function<String[], SourcePosition> positions, Problems problems) {
        this.root = root;
        this.file = file;
        this.positions = positions;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    /** The parsed file, empty when it is not there or does not parse (that is a warning). */
    static Optional<ConfigTree> read(Path path, String display, Problems problems) {
        Optional<String> text = text(path, display, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (path.getFileName().toString().endsWith(".toml")) {
            return toml(text.get(), display, problems);
        }
        try {
            YamlDocument yaml = YamlDocument.parse(text.get(), display, 1);
            return Optional.of(new ConfigTree(yaml.root(), display, keys -> yaml.valuePositionOf(pointer(keys)),
                    problems));
        } catch (YamlException e) {
            problems.warning(new SourcePosition(display, e.problem().line(), e.problem().column()),
                    e.problem().message() + "; init takes nothing from this file (fix it, or edit playbook.yml by hand)");
            return Optional.empty();
        }
    }

    /** A file's text, empty when there is no such file; one that cannot be read is a warning. */
    static Optional<String> text(Path path, String display, Problems problems) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceText.decode(Files.readAllBytes(path), display));
        } catch (SourceException e) {
            problems.warning(new SourcePosition(display, e.problem().line(), e.problem().column()),
                    e.problem().message() + "; init takes nothing from this file");
        } catch (IOException e) {
            problems.warning(SourcePosition.of(display), "cannot read this file (" + e.getMessage() + "); init takes nothing from it");
        }
        return Optional.empty();
    }

    private static Optional<ConfigTree> toml(String text, String display, Problems problems) {
        try {
            JsonNode root = TOML.readTree(text);
            String[] lines = text.split("\n", -1);
            return Optional.of(new ConfigTree(root, display, keys -> tomlPosition(lines, display, keys), problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePosition where = at == null || at.getLineNr() < 1 ? new SourcePosition(display, 1, 1)
                    : new SourcePosition(display, at.getLineNr(), Math.max(1, at.getColumnNr()));
            problems.warning(where, "invalid TOML: " + e.getOriginalMessage().strip()
                    + "; init takes nothing from this file (fix it, or edit playbook.yml by hand)");
            return Optional.empty();
        }
    }

    /**
     * The text at a path of keys ({@code "theme", "language"}), keys matched without regard to case
     * (Hugo's are case-insensitive; the other generators write theirs in lower case). A value that
     * is a list or a table where text belongs is a warning, and read as absent.
     */
    Optional<Setting> text(String... keys) {
        Optional<JsonNode> node = node(keys);
        if (node.isEmpty() || node.get().isNull() || node.get().isMissingNode()) {
            return Optional.empty();
        }
        SourcePosition at = positions.apply(actualKeys(keys));
        if (!node.get().isValueNode()) {
            problems.warning(at, String.join(".", keys) + " is " + (node.get().isArray() ? "a list" : "a table")
                    + " here, not text; init ignores it");
            return Optional.empty();
        }
        return Optional.of(new Setting(node.get().asText(), String.join(".", keys), at));
    }

    private Optional<JsonNode> node(String... keys) {
        JsonNode node = root;
        for (String key : keys) {
            Optional<String> actual = key(node, key);
            if (actual.isEmpty()) {
                return Optional.empty();
            }
            node = node.get(actual.get());
        }
        return Optional.of(node);
    }

    private String[] actualKeys(String... keys) {
        String[] actual = new String[keys.length];
        JsonNode node = root;
        for (int i = 0; i < keys.length; i++) {
            actual[i] = key(node, keys[i]).orElse(keys[i]);
            node = node.path(actual[i]);
        }
        return actual;
    }

    private static Optional<String> key(JsonNode node, String wanted) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (node.has(wanted)) {
            return Optional.of(wanted);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String pointer(String... keys) {
        StringBuilder pointer = new StringBuilder();
        for (String key : keys) {
            pointer.append('/').append(key.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * Where a key's value stands in TOML text: a top-level key before the first table, or a key in
     * the table its parents name ({@code [params]}); the file's start when it is written otherwise.
     */
    private static SourcePosition tomlPosition(String[] lines, String file, String... keys) {
        String table = keys.length == 1 ? "" : String.join(".", java.util.Arrays.copyOf(keys, keys.length - 1));
        Pattern entry = Pattern.compile("^\\s*([\"']?)" + Pattern.quote(keys[keys.length - 1]) + "\\1\\s*=\\s*");
        String current = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (TABLE.matcher(line).find()) {
                current = line.strip().replaceAll("^\\[+|]+.*$", "").strip();
                continue;
            }
            Matcher m = entry.matcher(line);
            if (current.equals(table) && m.find()) {
                return new SourcePosition(file, i + 1, m.end() + 1);
            }
        }
        return new SourcePosition(file, 1, 1);
    }
}
