package dev.playbook.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real customer-service prose in each language search supports (test resources
 * {@code dev/playbook/search/prose/LANG.txt}, a few hundred words each: inflected forms, accents,
 * elisions, compounds, capitals, punctuation, amounts and dates), and a stress vocabulary generated
 * from it: the prose's stems with every ending the language's stemmer knows, in three casings,
 * behind every elided article, and seeded random strings of the prose's own characters.
 */
final class ProseCorpus {

    /** Every language with prose, and the analysis the build gives it. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("en", "en"), Map.entry("es", "es"),
            Map.entry("fr", "fr"), Map.entry("de", "de"), Map.entry("pt", "pt"), Map.entry("it", "it"),
            Map.entry("nl", "nl"), Map.entry("sv", "sv"), Map.entry("zh", "cjk"), Map.entry("ja", "cjk"),
            Map.entry("ko", "cjk"));

    // The endings each stemmer looks for (and some it does not), to put on the prose's stems.
    private static final Map<String, String> ENDINGS = Map.of(
            "en", "s es ies sses ed ing ational tional ization ation fulness ness ly ment ement ent ion er ive ize 's",
            "es", "o a e os as es eses ces ción ciones mente ísimo",
            "fr", "x aux eaux eux s issement issant ement ivement ficatrice ficateur catrice cateur atrice ateur trice"
                    + " ième teuse teur euse ère ive folle molle nnelle nnel ète ique esse inage isation ualisation"
                    + " isateur ation ition ie r e ee é ée ées er ez ent ç",
            "de", "ern em en er es e s est st ung ungen heit keit lich isch chen lein ä ö ü ß ae oe ue ßen",
            "pt", "es res ses les zes ns eis éis ais óis is ões ães mente s a inha iaca eira osa ica ida ada iva ama"
                    + " ona ora esa na e o ção ções ã õ",
            "it", "e ie he i hi ii a ia o io ità ò è zione zioni mente issimo",
            "nl", "en ene se s heden heid end ing ig lijk baar bar e ee aa oo uu dd kk tt eren ingen igheid elijk"
                    + " ië ën je tje gem gemen",
            "sv", "s elser heten arne erna ande else aste orna aren are ast het ar er or en at te et t a e n na ns");
    private static final Map<String, String> ARTICLES = Map.of(
            "fr", "l m t qu n s j d c jusqu quoiqu lorsqu puisqu aujourd",
            "it", "c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d po");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** The most stem-and-ending forms a language's stress vocabulary keeps (see {@link #spread}). */
    static final int STRESS_FORMS = 6000;

    private ProseCorpus() {
    }

    /** The prose of a language: each distinct word, then each line, sentence and clause. */
    static List<String> prose(String language) {
        String text = text(language);
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (String line : text.lines().toList()) {
            lines.addAll(List.of(line.split("(?<=[.;:!?。？！])\\s*")));
            // Chinese and Japanese have no spaces between words: their clauses stand in for words.
            lines.addAll(List.of(line.split("[、，。：；（）？！・\\s]+")));
        }
        return ParityCorpus.wordsThenLines(lines);
    }

    /** The stress vocabulary of a language: stems times endings, casings, elisions, random strings. */
    static List<String> stress(String language) {
        String text = text(language);
        Set<String> words = new TreeSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String[] endings = ENDINGS.getOrDefault(language, "").split(" ");
        for (String word : words) {
            for (int cut = 0; cut <= Math.min(3, word.length() - 1); cut++) {
                String stem = word.substring(0, word.length() - cut);
                for (String ending : endings) {
                    String form = stem + ending;
                    out.add(form);
                    if (cut == 0) {
                        out.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
                        out.add(form.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        for (String article : ARTICLES.getOrDefault(language, "").split(" ")) {
            if (article.isEmpty()) {
                continue;
            }
            for (String word : words) {
                out.add(article + "'" + word);
                out.add(article.toUpperCase(Locale.ROOT) + "’" + word);
                out.add(Character.toUpperCase(article.charAt(0)) + article.substring(1) + "'" + word.toUpperCase(Locale.ROOT));
            }
            out.add(article + "'");
            out.add(article + "''" + article);
        }
        List<String> kept = spread(List.copyOf(out), STRESS_FORMS);
        List<String> all = new ArrayList<>(kept);
        all.addAll(random(text, new Random(language.hashCode()), 1000));
        return List.copyOf(all);
    }

    /**
     * At most {@code count} of the forms, taken evenly through the list (every stem keeps some of
     * its endings): the whole class then runs in about a minute and a half, on two busy cores.
     */
    private static List<String> spread(List<String> forms, int count) {
        if (forms.size() <= count) {
            return forms;
        }
        List<String> kept = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            kept.add(forms.get((int) ((long) i * forms.size() / count)));
        }
        return kept;
    }

    // Random strings of the prose's own characters (letters, marks, digits, punctuation, spaces).
    private static List<String> random(String text, Random random, int count) {
        int[] alphabet = text.codePoints().distinct().sorted().toArray();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int j = 0; j < length; j++) {
                s.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(s.toString());
        }
        return texts;
    }

    static String text(String language) {
        String resource = "prose/" + language + ".txt";
        try (InputStream in = ProseCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no prose for " + language + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
