package dev.playbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code theme:} of {@code playbook.yml} into {@link ThemeSettings}. Every mistake is a
 * problem at its place; a setting that is wrong is left out (the theme's default shows), so a
 * typo never stops a build. Accent colours that would make links hard to read are warnings
 * naming the contrast ratio.
 */
final class ThemeSettingsReader {

    static final Set<String> KEYS = Set.of("logo", "logo-alt", "favicon", "accent", "accent-dark", "footer", "announcement");
    private static final Set<String> FOOTER_KEYS = Set.of("text", "links");
    private static final Set<String> ANNOUNCEMENT_KEYS = Set.of("text", "link", "link-text", "id");
    private static final Set<String> LINK_KEYS = Set.of("title", "url");
    /** WCAG 2 AA for body text: links and buttons in the accent colour are text. */
    static final double MIN_CONTRAST = 4.5;

    private final YamlDocument yaml;
    private final Problems problems;

    private ThemeSettingsReader(YamlDocument yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    static ThemeSettings read(YamlDocument yaml, Problems problems) {
        JsonNode theme = yaml.root().path("theme");
        if (theme.isMissingNode() || theme.isNull()) {
            return ThemeSettings.NONE;
        }
        if (!theme.isObject()) {
            problems.error(yaml.valuePositionOf("/theme"), "theme must be a mapping of settings (logo, favicon, accent,"
                    + " footer, announcement), e.g. \"theme:\\n  accent: \\\"#0a5bb4\\\"\"; the theme's defaults are used");
            return ThemeSettings.NONE;
        }
        return new ThemeSettingsReader(yaml, problems).settings(theme);
    }

    private ThemeSettings settings(JsonNode theme) {
        unknown("/theme", theme, KEYS, "theme setting");
        Optional<String> accent = colour("/theme/accent");
        Optional<String> accentDark = colour("/theme/accent-dark");
        accent.ifPresent(c -> contrast("/theme/accent", c, AccentPalette.LIGHT_BACKGROUND, "light"));
        accentDark.ifPresent(c -> contrast("/theme/accent-dark", c, AccentPalette.DARK_BACKGROUND, "dark"));
        if (accentDark.isPresent() && accent.isEmpty()) {
            problems.warning(yaml.positionOf("/theme/accent-dark"), "accent-dark is used only with accent; add \"accent:\""
                    + " for light pages too");
            accentDark = Optional.empty();
        }
        JsonNode footer = theme.path("footer");
        String footerText = "";
        List<ThemeSettings.Link> footerLinks = List.of();
        if (!footer.isMissingNode() && !footer.isNull()) {
            if (footer.isObject()) {
                unknown("/theme/footer", footer, FOOTER_KEYS, "footer setting");
                footerText = text("/theme/footer/text").orElse("");
                footerLinks = links("/theme/footer/links");
            } else {
                footerText = text("/theme/footer").orElse("");
            }
        }
        return new ThemeSettings(file("/theme/logo"), text("/theme/logo-alt").orElse(""), file("/theme/favicon"), accent,
                accentDark, footerText, footerLinks, announcement(theme.path("announcement")));
    }

    private Optional<ThemeSettings.Announcement> announcement(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String pointer = "/theme/announcement";
        Optional<String> text;
        Optional<ThemeSettings.Link> link = Optional.empty();
        Optional<String> id = Optional.empty();
        if (node.isObject()) {
            unknown(pointer, node, ANNOUNCEMENT_KEYS, "announcement setting");
            text = text(pointer + "/text");
            Optional<String> url = text(pointer + "/link");
            if (url.isPresent()) {
                link = link(pointer + "/link", text(pointer + "/link-text").orElse("Read more"), url.get());
            }
            id = text(pointer + "/id");
        } else {
            text = text(pointer);
        }
        if (text.isEmpty() || text.get().isBlank()) {
            problems.error(yaml.valuePositionOf(pointer), "the announcement needs a text, e.g. \"announcement:\\n  text: New"
                    + " goodwill limits from 1 October\"");
            return Optional.empty();
        }
        String words = text.get().strip();
        String linked = link.map(ThemeSettings.Link::url).orElse("");
        return Optional.of(new ThemeSettings.Announcement(words, link, id.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> digest(words + "\n" + linked))));
    }

    private List<ThemeSettings.Link> links(String pointer) {
        JsonNode node = yaml.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.error(yaml.valuePositionOf(pointer), "footer links must be a list of \"- title: ...\\n  url: ...\"");
            return List.of();
        }
        List<ThemeSettings.Link> links = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            if (!node.get(i).isObject()) {
                problems.error(yaml.valuePositionOf(at), "a footer link needs \"title:\" and \"url:\"");
                continue;
            }
            unknown(at, node.get(i), LINK_KEYS, "link setting");
            Optional<String> title = text(at + "/title");
            Optional<String> url = text(at + "/url");
            if (title.isEmpty() || title.get().isBlank() || url.isEmpty()) {
                problems.error(yaml.valuePositionOf(at), "a footer link needs \"title:\" and \"url:\"");
                continue;
            }
            link(at + "/url", title.get().strip(), url.get()).ifPresent(links::add);
        }
        return links;
    }

    private Optional<ThemeSettings.Link> link(String pointer, String title, String written) {
        String url = written.strip();
        ThemeSettings.Link link = new ThemeSettings.Link(title, url, yaml.valuePositionOf(pointer));
        boolean path = !url.isEmpty() && !url.contains(":") && !url.startsWith("/") && !url.contains("\\")
                && !url.startsWith("//") && url.chars().noneMatch(c -> c < 0x21)
                && java.util.Arrays.stream(url.split("[/?#]")).noneMatch(".."::equals);
        boolean absolute = link.external() && url.chars().noneMatch(c -> c < 0x21) && url.length() > url.indexOf(':') + 1;
        if (!path && !absolute) {
            problems.error(yaml.valuePositionOf(pointer), "link \"" + written + "\" must be an https:, http:, mailto: or"
                    + " tel: address, or a path in the release such as \"release-notes.html\"");
            return Optional.empty();
        }
        return Optional.of(link);
    }

    private Optional<ThemeSettings.NamedFile> file(String pointer) {
        Optional<String> written = text(pointer);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String path = written.get().strip().replaceFirst("^\\./", "");
        boolean safe = !path.isEmpty() && !path.startsWith("/") && !path.contains("\\") && !path.contains(":")
                && java.util.Arrays.stream(path.split("/")).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        if (!safe) {
            problems.error(yaml.valuePositionOf(pointer), pointer.substring("/theme/".length()) + " \"" + written.get()
                    + "\" must be the path of an image in the playbook folder, e.g. \"images/logo.svg\"");
            return Optional.empty();
        }
        return Optional.of(new ThemeSettings.NamedFile(path, yaml.valuePositionOf(pointer)));
    }

    private Optional<String> colour(String pointer) {
        if (yaml.root().at(pointer).isNull() || yaml.root().at(pointer).asText("x").isBlank()) {
            problems.warning(yaml.valuePositionOf(pointer), pointer.substring("/theme/".length()) + " is empty: quote the"
                    + " colour, e.g. \"#0a5bb4\" (an unquoted # starts a comment in YAML); the theme's colour is used");
            return Optional.empty();
        }
        Optional<String> written = text(pointer);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> colour = AccentPalette.parse(written.get());
        if (colour.isEmpty()) {
            problems.error(yaml.valuePositionOf(pointer), pointer.substring("/theme/".length()) + " \"" + written.get()
                    + "\" must be a colour as #rgb or #rrggbb, e.g. \"#0a5bb4\" (quote it: # starts a comment in YAML);"
                    + " the theme's colour is used");
        }
        return colour;
    }

    private void contrast(String pointer, String colour, String background, String mode) {
        double ratio = AccentPalette.contrast(colour, background);
        if (ratio < MIN_CONTRAST) {
            problems.warning(yaml.valuePositionOf(pointer), pointer.substring("/theme/".length()) + " " + colour + " has a"
                    + " contrast of " + String.format(Locale.ROOT, "%.2f", ratio) + ":1 on the " + mode + " background "
                    + background + "; links need at least 4.5:1 (WCAG AA): choose a " + (mode.equals("light") ? "darker" : "lighter")
                    + " colour");
        }
    }

    private Optional<String> text(String pointer) {
        JsonNode node = yaml.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problems.error(yaml.valuePositionOf(pointer), pointer.substring(pointer.lastIndexOf('/') + 1)
                    + " must be a single value, not a list or mapping");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private void unknown(String pointer, JsonNode node, Set<String> known, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.warning(yaml.positionOf(pointer + "/" + name), "unknown " + what + " \"" + name + "\""
                        + Suggestions.didYouMean(name, known) + "; it is ignored");
            }
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
