package dev.playbook.render;

import dev.playbook.model.Amount;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The language one pass of a build lays pages out in: the theme's words, the text direction, the
 * other languages (for the switcher and {@code hreflang}), which pages are translated, and how
 * dates and amounts are written. A one-language playbook keeps dates and amounts as written.
 *
 * @param code       this language's BCP 47 tag
 * @param folder     where it is published in the release: "" for the default language, else "es/"
 * @param messages   the theme's words in this language
 * @param languages  every language of the playbook, the default one first (one entry for a one-language playbook)
 * @param translated source paths of the pages translated into this language (every page for the default one)
 * @param editUrl    {@code edit-url:} ({@code {path}} is the file to write), for the fallback notice's link
 */
public record Localisation(String code, String folder, Map<String, String> messages, List<Alternate> languages,
                           Set<String> translated, Optional<String> editUrl) {

    /** A language as the switcher lists it: its code, its own name, and its folder in the release. */
    public record Alternate(String code, String name, String folder, String dir) { }

    public Localisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(folder, "folder");
        messages = Map.copyOf(messages);
        languages = List.copyOf(languages);
        translated = Set.copyOf(translated);
        Objects.requireNonNull(editUrl, "editUrl");
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }

    public boolean primary() {
        return folder.isEmpty();
    }

    /**
     * The file a page of this language is written in: its translation ({@code standards/greet.es.md}
     * for {@code standards/greet.md}) when it has one, else the original it falls back to.
     */
    public String sourceOf(String original) {
        return primary() || !translated.contains(original) ? original : translationOf(original);
    }

    /** Where the translation of {@code original} into this language is (or would be) written. */
    public String translationOf(String original) {
        int dot = original.lastIndexOf('.');
        return dot > original.lastIndexOf('/') + 1
                ? original.substring(0, dot) + "." + code + original.substring(dot) : original + "." + code;
    }

    public String primaryCode() {
        return languages.isEmpty() ? code : languages.get(0).code();
    }

    public String dir() {
        return languages.stream().filter(l -> l.code().equals(code)).map(Alternate::dir).findFirst().orElse("ltr");
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * One of the theme's words with its {@code {0}}, {@code {1}}... filled in: {@code text("viewAll", 8)}.
     * Plain replacement, not {@link java.text.MessageFormat} (whose quoting would eat the apostrophes
     * of French and Italian). A key no file has is returned as it is, so a missing word shows.
     */
    public String text(String key, Object... args) {
        String text = messages.getOrDefault(key, key);
        return fill(text, args);
    }

    /** As {@link #text(String, Object...)}, with the English to use when no messages are loaded (a one-off view). */
    public String word(String key, String english) {
        return messages.getOrDefault(key, english);
    }

    private static String fill(String text, Object... args) {
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * How charts speak this language: its words always, and in a multilingual playbook its numbers
     * and dates too (a one-language playbook's charts keep the figures they always had).
     */
    public dev.playbook.charts.ChartWords chartWords() {
        return new dev.playbook.charts.ChartWords(locale(), messages, multilingual());
    }

    /** A date as this language writes it ({@code 1 oct 2026}); ISO ({@code 2026-10-01}) in a one-language playbook. */
    public String date(LocalDate date) {
        if (!multilingual()) {
            return date.toString();
        }
        return chartWords().day(date);
    }

    /** An ISO date ({@code 2026-10-01}) as this language writes it; any other text as it is. */
    public String date(String iso) {
        if (iso.isEmpty() || !multilingual()) {
            return iso;
        }
        try {
            return date(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * An amount as this language writes it, the same amount in every language: money with its
     * currency ({@code $25} is {@code 25,00 US$} in Spanish), other quantities with the number
     * written the language's way and the unit as written. A one-language playbook shows it as written.
     */
    public String amount(Amount amount) {
        if (!multilingual()) {
            return amount.text();
        }
        Optional<Currency> currency = currency(amount.unit());
        if (currency.isPresent()) {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale());
            format.setCurrency(currency.get());
            boolean whole = amount.value().stripTrailingZeros().scale() <= 0;
            format.setMinimumFractionDigits(whole ? 0 : currency.get().getDefaultFractionDigits());
            format.setMaximumFractionDigits(Math.max(currency.get().getDefaultFractionDigits(), 0));
            return format.format(amount.value());
        }
        String unit = amount.unit();
        if (amount.text().matches("\\s*[0-9]+(?:[.,][0-9]+)?\\s*[A-Za-z].*")) {
            unit = amount.text().strip().replaceFirst("^[0-9]+(?:[.,][0-9]+)?\\s*", "");
        } else if (!amount.text().strip().matches("[0-9]+(?:[.,][0-9]+)?")) {
            return amount.text();
        }
        String number = number(amount.value());
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A number as this language writes it: {@code 1,000.5} in English, {@code 1.000,5} in German. */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return format.format(value);
    }

    private static Optional<Currency> currency(String unit) {
        if (unit.length() != 3 || !unit.equals(unit.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(unit));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A one-language playbook: its language, the theme's words in it. */
    public static Localisation single(String code, Map<String, String> messages, String dir) {
        return new Localisation(code, "", messages, List.of(new Alternate(code, code, "", dir)), Set.of(), Optional.empty());
    }
}
