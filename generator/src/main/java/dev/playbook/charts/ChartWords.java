package dev.playbook.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The language a chart speaks: its words (the theme's messages, {@code chart.*} keys) and how it
 * writes numbers, months and days. {@link #ENGLISH} is a one-language playbook's, written exactly
 * as {@link Numbers} always has; a language of a multilingual playbook writes them as CLDR does
 * through {@code java.text} ({@code 84,2 %}, {@code 1.250}, {@code oct 2026}), in the locale's own
 * digits (Arabic-Indic for {@code ar}, Latin for {@code ar-MA} or {@code ar-u-nu-latn}).
 *
 * @param locale   the language
 * @param words    the theme's words in it (English where a key is missing)
 * @param local    whether numbers and dates follow the locale (false: {@link Numbers}' English forms)
 */
public record ChartWords(Locale locale, Map<String, String> words, boolean local) {

    /** A one-language playbook's charts, as they always were. */
    public static final ChartWords ENGLISH = new ChartWords(Locale.ENGLISH, Map.of(), false);

    public ChartWords {
        Objects.requireNonNull(locale, "locale");
        words = Map.copyOf(words);
    }

    /** A word ({@code chart.met}), or the English given when the theme has none. */
    String word(String key, String english) {
        return words.getOrDefault(key, english);
    }

    /** A word with {@code {0}}, {@code {1}}... filled in. */
    String word(String key, String english, Object... args) {
        String text = word(key, english);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A series' title: its group's, or {@code Overall} for the metric as a whole. */
    public String group(dev.playbook.metrics.Metric metric, String name) {
        return name.isEmpty() ? word("chart.overall", metric.groupTitle(name)) : metric.groupTitle(name);
    }

    /** A number with {@code scale} decimals: {@code 84.2}, or {@code 84,2} in German. */
    String number(BigDecimal value, int scale) {
        if (!local) {
            return Numbers.plain(value, scale);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(scale, 0));
        format.setMaximumFractionDigits(Math.max(scale, 0));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(Math.max(scale, 0), RoundingMode.HALF_UP));
    }

    /** A value with its unit: {@code 84.2%}; {@code 84,2 %} in French (the locale's percent pattern). */
    String withUnit(BigDecimal value, int scale, String unit) {
        if (!local) {
            return Numbers.withUnit(value, scale, unit);
        }
        if (unit.equals("%")) {
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMinimumFractionDigits(Math.max(scale, 0));
            format.setMaximumFractionDigits(Math.max(scale, 0));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(value.setScale(Math.max(scale, 0), RoundingMode.HALF_UP).movePointLeft(2));
        }
        String number = number(value, scale);
        return unit.isEmpty() ? number : number + " " + word("chart.unit." + unit, unit);
    }

    /** A difference: {@code 1.2 percentage points}, {@code 3 points}. */
    String gap(BigDecimal value, int scale, String unit) {
        if (!local) {
            return Numbers.gap(value, scale, unit);
        }
        String number = number(value.abs(), scale);
        if (unit.equals("%")) {
            return word(value.abs().compareTo(BigDecimal.ONE) == 0 ? "chart.percentagePoint" : "chart.percentagePoints",
                    "{0} percentage points", number);
        }
        return unit.isEmpty() ? number : number + " " + word("chart.unit." + unit, unit);
    }

    /** {@code October 2026}; {@code octubre de 2026}, {@code 2026年10月}. */
    String month(LocalDate date) {
        return local ? yearMonth(false).format(date) : Numbers.month(date);
    }

    /** {@code Oct 2026}, for axis labels. */
    String shortMonth(LocalDate date) {
        return local ? yearMonth(true).format(date) : Numbers.shortMonth(date);
    }

    /** {@code 1 October 2026}; {@code 1 oct 2026}, {@code 01.10.2026}. */
    public String day(LocalDate date) {
        return local ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).format(date) : Numbers.day(date);
    }

    private DateTimeFormatter yearMonth(boolean abbreviated) {
        String language = locale.getLanguage();
        String pattern = switch (language) {
            case "ja", "zh" -> "y年M月";
            case "ko" -> "y년 M월";
            case "es", "pt" -> abbreviated ? "LLL y" : "LLLL 'de' y";
            default -> abbreviated ? "LLL y" : "LLLL y";
        };
        return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
    }

    /** Digits as the locale writes them, for a plain count ({@code 12} is {@code ١٢} in Arabic). */
    String count(long value) {
        if (!local) {
            return Long.toString(value);
        }
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }
}
