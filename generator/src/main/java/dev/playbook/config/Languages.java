package dev.playbook.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages of a playbook: the default one ({@code language:}, published where a one-language
 * playbook is) and the others, each published in a folder named by its code. A playbook without
 * {@code languages:} has only its default language and builds as it always did.
 *
 * @param primary the default language: every page exists in it
 * @param others  the other languages, in the order {@code playbook.yml} lists them
 * @param editUrl {@code edit-url:} when set (a URL with {@code {path}}), for "translate this page" links
 */
public record Languages(Language primary, List<Language> others, Optional<String> editUrl) {
    public Languages {
        Objects.requireNonNull(primary, "primary");
        others = List.copyOf(others);
        Objects.requireNonNull(editUrl, "editUrl");
    }

    /** A playbook in one language. */
    public static Languages single(String code, String title, String description) {
        return new Languages(new Language(code, title, description, java.util.Map.of()), List.of(), Optional.empty());
    }

    public boolean multilingual() {
        return !others.isEmpty();
    }

    /** Every language, the default one first. */
    public List<Language> all() {
        List<Language> all = new java.util.ArrayList<>();
        all.add(primary);
        all.addAll(others);
        return List.copyOf(all);
    }

    /** The language with this code (the default one or another), if the playbook has it. */
    public Optional<Language> byCode(String code) {
        return all().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The folder a language is published in, relative to the release's folder: "" for the default one, else "es/". */
    public String folderOf(String code) {
        return code.equals(primary.code()) ? "" : code + "/";
    }
}
