package dev.playbook.migrate;

import dev.playbook.diag.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Old config values made {@code playbook.yml} values, or a warning at the old value saying why not. */
final class SettingValues {

    private SettingValues() {
    }

    /** A title on one line; empty when blank. */
    static Optional<String> title(Setting title) {
        String text = title.value().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A BCP 47 tag from {@code en-us}, {@code en_US} or {@code pt-BR}, in its usual case
     * ({@code en-US}); a value that is no tag is a warning.
     */
    static Optional<String> languageTag(Setting language, Problems problems) {
        String tag = language.value().strip().replace('_', '-');
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            return Optional.of(canonical.startsWith("und") ? tag : canonical);
        } catch (IllformedLocaleException e) {
            problems.warning(language.at(), language.key() + " \"" + language.value() + "\" is not a language tag;"
                    + " playbook.yml says en (write the handbook's language there, e.g. de, ja or pt-BR)");
            return Optional.empty();
        }
    }

    /**
     * The path of a site address or base path ({@code https://example.com/kb/}, {@code /kb}) as
     * {@code /kb/}; empty for the root. A path Playbook could not use as one is a warning.
     */
    static Optional<String> basePath(Setting setting, Problems problems) {
        String value = setting.value().strip();
        String path = value;
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !value.matches("(?i)^https?://.*")) {
            return unusable(setting, problems); // mailto:, javascript:, file: - nothing a site is served under
        }
        if (value.matches("(?i)^https?://.*") || value.startsWith("//")) {
            try {
                URI uri = new URI(value.startsWith("//") ? "https:" + value : value);
                path = uri.getRawPath() == null ? "" : uri.getRawPath();
            } catch (URISyntaxException e) {
                return unusable(setting, problems);
            }
        }
        path = path.replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        boolean safe = !path.contains("//") && path.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || "\\?#{}<>\"'`|".indexOf(c) >= 0)
                && Arrays.stream(path.split("/")).noneMatch(s -> s.equals(".") || s.equals(".."));
        return safe ? Optional.of("/" + path + "/") : unusable(setting, problems);
    }

    private static Optional<String> unusable(Setting setting, Problems problems) {
        problems.warning(setting.at(), setting.key() + " \"" + setting.value() + "\" is not an address or path Playbook"
                + " can serve under; playbook.yml has no base-path (add the old site's path by hand if it had one)");
        return Optional.empty();
    }
}
