package dev.playbook.dialects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a shortcode or tag, as Hugo and Liquid write them: {@code "positional"},
 * {@code bare}, {@code name="value"}, {@code name='value'} or {@code name=value}.
 */
record Args(List<String> positional, Map<String, String> named) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:([A-Za-z_][\\w-]*)\\s*[=:]\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|`([^`]*)`|([^\\s\"']+))");

    Args {
        positional = List.copyOf(positional);
        named = Map.copyOf(named);
    }

    static Args parse(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            String value = m.group(2) != null ? m.group(2).replace("\\\"", "\"")
                    : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            if (m.group(1) != null) {
                named.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
            } else {
                positional.add(value);
            }
            at = m.end();
        }
        return new Args(positional, named);
    }

    /** The first of these named arguments that is given. */
    Optional<String> named(String... names) {
        for (String name : names) {
            String value = named.get(name);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    Optional<String> first() {
        return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(0));
    }

    boolean isEmpty() {
        return positional.isEmpty() && named.isEmpty();
    }
}
