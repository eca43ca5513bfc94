package dev.playbook.config;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One language a playbook is published in, from {@code languages:} in {@code playbook.yml}.
 *
 * @param code        a BCP 47 tag ({@code es}, {@code pt-BR}, {@code ar}): the page's {@code lang} and the
 *                    folder the language is published under ({@code site-out/<release>/es/})
 * @param title       the playbook's name in this language (the default language's falls back to {@code title:})
 * @param description the playbook's description in this language (may be empty)
 * @param labels      words in this language: page type titles ({@code type.standard},
 *                    {@code type.standard.plural}), role titles ({@code role.agent}) and any of the theme's
 *                    messages ({@code skipToContent}...), each overriding the theme's
 */
public record Language(String code, String title, String description, Map<String, String> labels) {
    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
