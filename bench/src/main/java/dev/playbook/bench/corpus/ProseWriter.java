package dev.playbook.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Fills {@link Templates} from {@link Phrases}; every choice comes from the caller's {@link Random}. */
final class ProseWriter {

    String sentence(Random random) {
        return fill(pick(Templates.SENTENCE, random), random);
    }

    String paragraph(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence(random));
        }
        return text.toString();
    }

    /** A phrase from a slot, e.g. {@code slot("Condition", random)} for a capitalised condition. */
    String slot(String name, Random random) {
        return fill("{" + name + "}", random);
    }

    String fill(String template, Random random) {
        return fill(template, random, Map.of());
    }

    /** Fills the template; {@code given} supplies slots that are not vocabulary, such as a link's title and href. */
    String fill(String template, Random random, Map<String, String> given) {
        StringBuilder out = new StringBuilder(template.length() * 2);
        List<String> used = new ArrayList<>(4);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open);
            out.append(expand(template.substring(open + 1, close), random, given, used));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String expand(String name, Random random, Map<String, String> given, List<String> used) {
        boolean article = name.startsWith("a ") || name.startsWith("A ");
        String key = article ? name.substring(2) : name;
        boolean capital = Character.isUpperCase(name.charAt(0));
        int end = key.length();
        while (Character.isDigit(key.charAt(end - 1))) {
            end--;
        }
        String base = key.substring(0, end).toLowerCase(Locale.ROOT);
        String phrase = given.get(base);
        if (phrase == null) {
            List<String> choices = Phrases.SLOTS.get(base);
            if (choices == null) {
                throw new IllegalStateException("unknown slot {" + name + "}");
            }
            phrase = pick(choices, random);
            // A second draw from the same slot should not repeat the first ("check X and check X").
            for (int retry = 0; retry < 3 && used.contains(phrase); retry++) {
                phrase = pick(choices, random);
            }
            used.add(phrase);
        }
        if (article) {
            phrase = ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
        }
        return capital ? capitalise(phrase) : phrase;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
