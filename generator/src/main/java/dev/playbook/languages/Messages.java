package dev.playbook.languages;

import dev.playbook.theme.Theme;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The theme's own words in one language: {@code messages/en.properties} (every word, the fallback),
 * then the language's file ({@code messages/pt.properties}, then {@code messages/pt-BR.properties}),
 * each from the theme overlay (a playbook's {@code themes/<name>/messages/} overrides the theme's),
 * then the language's {@code labels:} in {@code playbook.yml}. Files are UTF-8.
 */
public final class Messages {

    public static final String FOLDER = "messages/";
    /** Languages written right to left (their primary subtags). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "dv", "ps", "ckb",
            "sd", "ug", "syr", "arc");

    private Messages() {
    }

    /** The words for {@code code}, English where the language's file has none. */
    public static Map<String, String> of(Theme theme, String code, Map<String, String> labels) throws IOException {
        Map<String, String> words = new TreeMap<>();
        for (String candidate : candidates(code)) {
            Optional<Path> file = theme.file(FOLDER + candidate + ".properties");
            if (file.isPresent()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().forEach(k -> words.put(k, properties.getProperty(k)));
            }
        }
        words.putAll(labels);
        return java.util.Collections.unmodifiableMap(words);
    }

    /** en, then the language, then the language with its region: {@code en, pt, pt-BR}. */
    static List<String> candidates(String code) {
        List<String> candidates = new ArrayList<>(List.of("en"));
        Locale locale = Locale.forLanguageTag(code);
        String language = locale.getLanguage();
        if (!language.isEmpty() && !language.equals("en")) {
            candidates.add(language);
        }
        if (!locale.getScript().isEmpty()) {
            candidates.add(language + "-" + locale.getScript());
        }
        if (!locale.getCountry().isEmpty()) {
            candidates.add(language + "-" + locale.getCountry());
        }
        return candidates;
    }

    /** {@code rtl} for Arabic, Hebrew, Persian, Urdu...; else {@code ltr}. */
    public static String direction(String code) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(code).getLanguage()) ? "rtl" : "ltr";
    }

    /** The language's own name for itself, capitalised as a menu shows it: {@code Español}, {@code العربية}. */
    public static String nameOf(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
