package dev.playbook.dialects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a page answered to on the site it comes from. Every generator derives a page's
 * address from its path ({@code handbook/on-call.md} is {@code /handbook/on-call/},
 * {@code /handbook/on-call.html} or {@code handbook/on-call.md}), folder pages stand for their
 * folder ({@code index.md}, {@code _index.md}, {@code README.md}), and front matter may give
 * others: {@code permalink} (Jekyll, Eleventy), {@code url} and {@code slug} (Hugo, Docusaurus),
 * {@code aliases} (Hugo), {@code redirect_from} (jekyll-redirect-from, Eleventy) and a Docusaurus
 * {@code id}. Links are matched by {@linkplain #key key}: one form of an address for all the ways
 * of writing it.
 */
public final class OldAddresses {

    /** The front-matter fields read here. */
    public static final Set<String> FIELDS = Set.of("permalink", "url", "slug", "redirect_from");

    /** Docusaurus's number prefix ({@code 01-}, {@code 2.}, {@code 10_}), not a date or a version, which it keeps. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?!\\d{4}-\\d{2}-\\d{2})(?!\\d+\\.\\d)\\d+[-_.]\\s*(?=[^-_.\\s])");
    private static final Pattern POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern ELEVENTY_VARIABLE = Pattern.compile("\\{\\{\\s*page\\.(fileSlug|filePathStem)\\s*}}");
    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".md", ".markdown", ".mdx");
    private static final Set<String> FOLDER_FILES = Set.of("index.html", "index.htm", "index.md", "index.markdown",
            "index.mdx", "_index.md", "_index.markdown", "readme.md", "readme.markdown", "index", "_index");

    private OldAddresses() {
    }

    /**
     * One form for every way of writing an address: no leading or trailing {@code /}, no
     * extension, no folder-page file name. {@code /support/on-call/}, {@code support/on-call.html}
     * and {@code support/on-call.md} give {@code support/on-call}; {@code support/index.html} and
     * {@code support/_index.md} give {@code support}.
     */
    public static String key(String address) {
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) == '/') {
            start++;
        }
        while (end > start && address.charAt(end - 1) == '/') {
            end--;
        }
        String path = address.substring(start, end);
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        if (FOLDER_FILES.contains(name)) {
            return slash < 0 ? "" : path.substring(0, slash);
        }
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                return path.substring(0, path.length() - extension.length());
            }
        }
        return path;
    }

    /** The key as Hugo would have made it: lowercase, spaces as hyphens. */
    public static String looseKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The keys of the addresses a page had by its path alone: the path itself (its folder for a
     * folder page), without Docusaurus's number prefixes ({@code 01-intro.md} is {@code intro}),
     * a Jekyll post at its dated address ({@code _posts/2020-01-31-x.md} is {@code 2020/01/31/x}),
     * a Jekyll collection's document without the underscore ({@code _docs/x.md} is {@code docs/x}).
     */
    public static List<String> derivedKeys(String sourcePath, boolean folderPage) {
        String folder = folderOf(sourcePath);
        String own = folderPage ? folder : key(sourcePath.substring(0, sourcePath.lastIndexOf('.') < 0
                ? sourcePath.length() : sourcePath.lastIndexOf('.')));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(own);
        keys.add(unnumbered(own));
        if (!folderPage) {
            post(sourcePath).ifPresent(keys::add);
        }
        if (own.startsWith("_") && !own.startsWith("_posts") && own.length() > 1) {
            keys.add(own.substring(1));
        }
        return List.copyOf(keys);
    }

    /** A key without Docusaurus's number prefixes: {@code 01-start/02-first-day} is {@code start/first-day}. */
    public static String unnumbered(String key) {
        if (key.isEmpty() || !Character.isDigit(key.charAt(0)) && !key.contains("/")) {
            return key;
        }
        String[] segments = key.split("/", -1);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < segments.length; i++) {
            out.append(i == 0 ? "" : "/").append(NUMBER_PREFIX.matcher(segments[i]).replaceFirst(""));
        }
        return out.toString();
    }

    private static java.util.Optional<String> post(String sourcePath) {
        String folder = folderOf(sourcePath);
        int posts = ("/" + folder + "/").indexOf("/_posts/");
        if (posts < 0) {
            return java.util.Optional.empty();
        }
        Matcher name = POST.matcher(stem(sourcePath));
        if (!name.matches()) {
            return java.util.Optional.empty();
        }
        String categories = posts == 0 ? "" : folder.substring(0, posts - 1);
        return java.util.Optional.of((categories.isEmpty() ? "" : categories + "/")
                + name.group(1) + "/" + name.group(2) + "/" + name.group(3) + "/" + name.group(4));
    }

    /**
     * The addresses a page's front matter declares, in the order they are written. A value that
     * is not text is left to the schema check; a permalink pattern with a placeholder Playbook
     * cannot fill is left out.
     */
    public static List<OldAddress> declared(String sourcePath, boolean folderPage, YamlDocument frontMatter) {
        JsonNode root = frontMatter.root();
        List<OldAddress> out = new ArrayList<>();
        text(root.path("permalink")).flatMap(p -> permalink(p, sourcePath, frontMatter))
                .ifPresent(p -> out.add(new OldAddress(p, "permalink", frontMatter.valuePositionOf("/permalink"), true)));
        text(root.path("url")).ifPresent(u -> out.add(new OldAddress(rootRelative(u), "url", frontMatter.valuePositionOf("/url"), true)));
        text(root.path("slug")).filter(s -> !s.isBlank()).ifPresent(slug -> {
            String folder = folderOf(sourcePath);
            String base = folderPage ? folderOf(folder) : folder;
            String path = slug.startsWith("/") ? slug : (base.isEmpty() ? "" : base + "/") + slug;
            out.add(new OldAddress(rootRelative(path), "slug", frontMatter.valuePositionOf("/slug"), true));
        });
        for (String field : List.of("aliases", "redirect_from")) {
            JsonNode node = root.path(field);
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    int at = i;
                    text(node.get(i)).ifPresent(a -> out.add(new OldAddress(rootRelative(a), field,
                            frontMatter.valuePositionOf("/" + field + "/" + at), true)));
                }
            } else {
                text(node).ifPresent(a -> out.add(new OldAddress(rootRelative(a), field, frontMatter.valuePositionOf("/" + field), true)));
            }
        }
        text(root.path("id")).filter(id -> !folderPage && !id.equals(stem(sourcePath)) && !id.contains("/") && !id.isBlank())
                .ifPresent(id -> {
                    String folder = folderOf(sourcePath);
                    out.add(new OldAddress((folder.isEmpty() ? "" : folder + "/") + id, "id", frontMatter.valuePositionOf("/id"), false));
                });
        return List.copyOf(out);
    }

    /**
     * A permalink as an address: literal ({@code /support/on-call/}), or a Jekyll pattern
     * ({@code /:categories/:year/:title/}) or Eleventy variables ({@code {{ page.fileSlug }}}).
     */
    static java.util.Optional<String> permalink(String pattern, String sourcePath, YamlDocument frontMatter) {
        if (pattern.isBlank() || pattern.equals("false")) {
            return java.util.Optional.empty();
        }
        String stem = stem(sourcePath);
        String folder = folderOf(sourcePath);
        Matcher post = POST.matcher(stem);
        String title = text(frontMatter.root().path("slug")).orElse(post.matches() ? post.group(4) : stem);
        String fileSlug = stem.equals("index") || stem.equals("_index") ? lastSegment(folder) : post.matches() ? post.group(4) : stem;
        Matcher eleventy = ELEVENTY_VARIABLE.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (eleventy.find()) {
            eleventy.appendReplacement(filled, Matcher.quoteReplacement(eleventy.group(1).equals("fileSlug") ? fileSlug
                    : "/" + (folder.isEmpty() ? "" : folder + "/") + (stem.equals("index") ? "" : stem)));
        }
        eleventy.appendTail(filled);
        String text = filled.toString();
        if (text.contains("{{") || text.contains("{%")) {
            return java.util.Optional.empty();
        }
        Matcher date = DATE.matcher(text(frontMatter.root().path("date")).orElse(post.matches() ? stem : ""));
        boolean dated = date.matches();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "title", "slug" -> title;
                case "name", "basename" -> stem;
                case "path" -> folder;
                case "categories" -> String.join("/", list(frontMatter.root().path("categories")));
                case "collection" -> folder.startsWith("_") ? folder.substring(1).split("/")[0] : "";
                case "output_ext" -> ".html";
                case "year" -> dated ? date.group(1) : null;
                case "short_year" -> dated ? date.group(1).substring(2) : null;
                case "month" -> dated ? date.group(2) : null;
                case "i_month" -> dated ? String.valueOf(Integer.parseInt(date.group(2))) : null;
                case "day" -> dated ? date.group(3) : null;
                case "i_day" -> dated ? String.valueOf(Integer.parseInt(date.group(3))) : null;
                default -> null;
            };
            if (value == null) {
                return java.util.Optional.empty();
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return java.util.Optional.of(rootRelative(out.toString().replaceAll("/{2,}", "/")));
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> text(n).ifPresent(values::add));
        } else {
            text(node).ifPresent(t -> values.addAll(List.of(t.strip().split("\\s+"))));
        }
        return values.stream().filter(v -> !v.isEmpty()).toList();
    }

    private static java.util.Optional<String> text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? java.util.Optional.of(node.asText().strip()) : java.util.Optional.empty();
    }

    /** {@code /x/} and {@code x/} are both {@code x/}: every declared address is from the old site's root. */
    private static String rootRelative(String address) {
        String path = decode(address.strip());
        int cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }

    /** Percent-escapes read as the characters they stand for; text that is not a valid escape stays as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String stem(String path) {
        String name = lastSegment(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
