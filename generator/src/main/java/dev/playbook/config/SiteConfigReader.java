package dev.playbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code playbook.yml} into a {@link SiteConfig}, reporting every mistake at its line. */
public final class SiteConfigReader {

    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "description", "organisation", "release", "release-title", "release-date", "release-tags",
            "language", "languages", "types", "roles", "review-interval-days", "checks", "base-url", "base-path", "theme", "edit-url",
            "new-story-url");
    static final Set<String> CHECK_KEYS = Set.of("links", "standard-sections");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SiteConfigReader() {
    }

    /** Returns the config, or empty when it has errors (all of them added to {@code problems}). */
    public static Optional<SiteConfig> read(String text, String file, Problems problems) {
        YamlDocument yaml;
        try {
            yaml = YamlDocument.parse(text, file, 1);
        } catch (YamlException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        Problems local = new Problems();
        FieldReader fields = new FieldReader(yaml, local);
        warnUnknown(yaml, "", yaml.root(), KNOWN_KEYS, "setting", local);
        Optional<String> title = fields.text("title");
        if (title.isEmpty() || title.get().isBlank()) {
            local.error(yaml.start(), "playbook.yml needs a \"title:\" (the playbook's name, shown in every page header)");
        }
        String release = fields.text("release").orElse("current");
        if (!SiteConfig.isReleaseName(release)) {
            local.error(yaml.valuePositionOf("/release"), "release \"" + release
                    + "\" must be letters, digits, '.', '_' or '-' (it names a folder), e.g. \"2026.2\"");
        }
        String releaseTags = fields.text("release-tags").orElse(SiteConfig.DEFAULT_RELEASE_TAGS);
        if (!releaseTags.endsWith("*") || releaseTags.indexOf('*') != releaseTags.length() - 1 || releaseTags.length() < 2) {
            local.error(yaml.valuePositionOf("/release-tags"), "release-tags \"" + releaseTags
                    + "\" must be a tag prefix followed by one '*' (the release name), e.g. \"release/*\"");
            releaseTags = SiteConfig.DEFAULT_RELEASE_TAGS;
        }
        String language = fields.text("language").map(String::strip).orElse("en");
        if (language.isEmpty()) {
            // "language:" with nothing after it (or only a tag, found by SiteConfigFuzzTest): pages need a lang.
            local.warning(yaml.valuePositionOf("/language"), "language is empty; write a code such as en, ja, zh-Hans"
                    + " or pt-BR (en meanwhile)");
            language = "en";
        } else if (!isLanguageTag(language)) {
            // Never refused: search falls back to its generic analysis, pages are marked as written.
            local.warning(yaml.valuePositionOf("/language"), "language \"" + language + "\" is not a BCP 47 language tag;"
                    + " write a code such as en, ja, zh-Hans or pt-BR (search uses its generic analysis meanwhile)");
        }
        Optional<Integer> interval = fields.integer("review-interval-days");
        if (interval.isPresent() && interval.get() < 1) {
            local.error(yaml.valuePositionOf("/review-interval-days"), "\"review-interval-days\" must be 1 or more");
            interval = Optional.empty();
        }
        Optional<String> baseUrl = fields.text("base-url").map(String::strip).map(u -> u.replaceAll("/+$", ""));
        if (baseUrl.isPresent() && !baseUrl.get().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            local.error(yaml.valuePositionOf("/base-url"), "base-url \"" + baseUrl.get() + "\" must be the address the site is"
                    + " served from, starting with https:// or http://, e.g. \"https://playbook.example.com\"");
            baseUrl = Optional.empty();
        }
        Languages languages = LanguagesReader.read(yaml, language, title.orElse(""), fields.text("description").orElse(""),
                local);
        SiteConfig config = new SiteConfig(
                title.orElse(""),
                fields.text("description").orElse(""),
                fields.text("organisation").orElse(""),
                release,
                fields.text("release-title"),
                fields.text("release-date"),
                releaseTags,
                language,
                readTypes(yaml, local),
                readRoles(yaml, local),
                interval,
                readLinkSeverity(yaml, local),
                readStandardSections(yaml, local),
                baseUrl,
                readBasePaths(fields, yaml, local),
                ThemeSettingsReader.read(yaml, local),
                HostLinks.read(yaml, fields, local),
                file,
                languages);
        problems.addAll(local.sorted());
        return local.hasErrors() ? Optional.empty() : Optional.of(config);
    }

    /** {@code base-path: /handbook/} or a list of them: prefixes of the old site's addresses, kept without slashes. */
    private static List<String> readBasePaths(FieldReader fields, YamlDocument yaml, Problems problems) {
        List<String> paths = new ArrayList<>();
        List<String> written = fields.textList("base-path");
        boolean list = yaml.root().path("base-path").isArray();
        for (int i = 0; i < written.size(); i++) {
            String path = written.get(i).strip().replaceAll("^/+|/+$", "");
            if (path.isEmpty()) {
                continue;
            }
            boolean safe = !path.contains("//") && !path.contains("\\") && path.chars().noneMatch(c -> c < 0x20 || c == '?' || c == '#')
                    && java.util.Arrays.stream(path.split("/")).noneMatch(s -> s.equals(".") || s.equals(".."));
            if (!safe) {
                problems.error(yaml.valuePositionOf(list ? "/base-path/" + i : "/base-path"), "base-path \"" + written.get(i)
                        + "\" must be the path the old site was served under, e.g. \"/handbook/\"");
                continue;
            }
            paths.add(path);
        }
        return paths;
    }

    /** A well-formed BCP 47 tag ({@code ja}, {@code zh-Hans}, {@code pt-BR}, {@code x-klingon}), as {@link Locale} reads them. */
    static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static void warnUnknown(YamlDocument yaml, String pointer, JsonNode node, Set<String> known, String what,
                                    Problems problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.warning(yaml.positionOf(pointer + "/" + name), "unknown " + what + " \"" + name + "\""
                        + Suggestions.didYouMean(name, known) + "; it is ignored");
            }
        }
    }

    private static Severity readLinkSeverity(YamlDocument yaml, Problems problems) {
        JsonNode links = yaml.root().path("checks").path("links");
        if (links.isMissingNode() || links.isNull()) {
            return Severity.ERROR;
        }
        return switch (links.asText()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> {
                problems.error(yaml.valuePositionOf("/checks/links"), "checks.links must be \"error\" or \"warning\", found \""
                        + links.asText() + "\"");
                yield Severity.ERROR;
            }
        };
    }

    private static List<String> readStandardSections(YamlDocument yaml, Problems problems) {
        JsonNode checks = yaml.root().path("checks");
        if (checks.isObject()) {
            warnUnknown(yaml, "/checks", checks, CHECK_KEYS, "check setting", problems);
        }
        JsonNode sections = checks.path("standard-sections");
        if (sections.isMissingNode() || sections.isNull()) {
            return SiteConfig.DEFAULT_STANDARD_SECTIONS;
        }
        if (!sections.isArray()) {
            problems.error(yaml.valuePositionOf("/checks/standard-sections"), "checks.standard-sections must be a list of heading names");
            return SiteConfig.DEFAULT_STANDARD_SECTIONS;
        }
        List<String> names = new ArrayList<>();
        sections.forEach(s -> names.add(s.asText()));
        return names;
    }

    private static List<PageType> readTypes(YamlDocument yaml, Problems problems) {
        Optional<JsonNode> node = yaml.get("types");
        if (node.isEmpty()) {
            return PageType.DEFAULTS;
        }
        if (!node.get().isArray() || node.get().isEmpty()) {
            problems.error(yaml.valuePositionOf("/types"), "\"types\" must be a list of {id, title, plural, folder, base}");
            return PageType.DEFAULTS;
        }
        List<PageType> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.get().size(); i++) {
            JsonNode entry = node.get().get(i);
            String pointer = "/types/" + i;
            if (!entry.isObject() || !entry.path("id").isTextual()) {
                problems.error(yaml.valuePositionOf(pointer), "each type needs an \"id\" (e.g. policy)");
                continue;
            }
            warnUnknown(yaml, pointer, entry, Set.of("id", "title", "plural", "folder", "base"), "type field", problems);
            String id = entry.get("id").asText();
            if (!ID.matcher(id).matches() || !seen.add(id)) {
                problems.error(yaml.valuePositionOf(pointer + "/id"), "type id \"" + id
                        + "\" must be unique and use lowercase letters, digits and single hyphens");
                continue;
            }
            Optional<PageType> builtIn = PageType.DEFAULTS.stream().filter(t -> t.id().equals(id)).findFirst();
            String base = entry.path("base").asText(builtIn.map(PageType::base).orElse(PageType.GUIDE));
            if (!PageType.BASES.contains(base)) {
                problems.error(yaml.valuePositionOf(pointer + "/base"), "base \"" + base + "\"" + Suggestions.didYouMean(base, PageType.BASES)
                        + " must be one of vision, standard, parameter, story, guide");
                continue;
            }
            String title = entry.path("title").asText(builtIn.map(PageType::title).orElse(capitalise(id)));
            types.add(new PageType(id, title,
                    entry.path("plural").asText(builtIn.map(PageType::plural).orElse(title + "s")),
                    entry.path("folder").asText(builtIn.map(PageType::folder).orElse(id + "s")),
                    base));
        }
        if (types.stream().noneMatch(t -> t.is(PageType.GUIDE))) {
            problems.error(yaml.positionOf("/types"), "\"types\" needs one type with base guide, for pages that declare no type");
            return PageType.DEFAULTS;
        }
        return types;
    }

    private static List<Role> readRoles(YamlDocument yaml, Problems problems) {
        Optional<JsonNode> node = yaml.get("roles");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            problems.error(yaml.valuePositionOf("/roles"), "\"roles\" must be a list of {id, title}");
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.get().size(); i++) {
            JsonNode entry = node.get().get(i);
            String pointer = "/roles/" + i;
            if (entry.isTextual()) {
                entry = yaml.root().objectNode().setAll(Map.of(
                        "id", yaml.root().textNode(entry.asText()), "title", yaml.root().textNode(entry.asText())));
            }
            if (!entry.isObject() || !entry.path("id").isValueNode()) {
                problems.error(yaml.valuePositionOf(pointer), "each role needs an \"id\" (e.g. team-lead) and a \"title\"");
                continue;
            }
            String id = entry.get("id").asText();
            if (!ID.matcher(id).matches()) {
                problems.error(yaml.valuePositionOf(pointer + "/id"), "role id \"" + id
                        + "\" must be lowercase letters, digits and single hyphens, e.g. \"team-lead\"");
                continue;
            }
            if (!seen.add(id)) {
                problems.error(yaml.valuePositionOf(pointer + "/id"), "role \"" + id + "\" is listed twice");
                continue;
            }
            roles.add(new Role(id, entry.path("title").isValueNode() ? entry.get("title").asText() : id));
        }
        return roles;
    }

    private static String capitalise(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
