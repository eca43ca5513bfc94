package dev.playbook.dialects;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded players and posts become a plain link to what they show, so the page loads nothing
 * from elsewhere: Hugo's {@code {{< youtube ID >}}}, {@code vimeo}, {@code gist} and {@code tweet},
 * Jekyll's {@code {% youtube ID %}} and GitBook's {@code {% embed url="..." %}}.
 */
final class Embeds {

    private static final Pattern EMBED = Pattern.compile(
            "\\{\\{[<%]-?\\s*(youtube|vimeo|gist|tweet|x)\\s+(.*?)\\s*-?[>%]}}|\\{%-?\\s*(youtube|vimeo|embed)\\s+(.*?)\\s*-?%}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'\\\\`]+", Pattern.CASE_INSENSITIVE);

    private Embeds() {
    }

    /** The line with every embed it has made a link; a line without one is returned as it is. */
    static Line links(Line line, ConversionLog log) {
        String text = line.text();
        if (text.indexOf('{') < 0) {
            return line;
        }
        Matcher m = EMBED.matcher(text);
        Line out = line;
        int shift = 0;
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
            Args args = Args.parse(m.group(1) != null ? m.group(2) : m.group(4));
            Optional<String> link = link(name, args);
            if (link.isPresent()) {
                log.rendered(Conversion.EMBED, line.at(m.start()));
                out = out.replace(m.start() + shift, m.end() + shift, link.get());
                shift += link.get().length() - (m.end() - m.start());
            }
        }
        return out;
    }

    private static Optional<String> link(String name, Args args) {
        Optional<String> id = args.named("id").or(args::first);
        return switch (name) {
            case "youtube" -> id.flatMap(Embeds::youtube).map(url -> "Video: <" + url + ">");
            case "vimeo" -> id.flatMap(v -> url(v).or(() -> ID.matcher(v).matches() ? Optional.of("https://vimeo.com/" + v)
                    : Optional.empty())).map(url -> "Video: <" + url + ">");
            case "gist" -> args.positional().size() >= 2 && ID.matcher(args.positional().get(0)).matches()
                    && ID.matcher(args.positional().get(1)).matches()
                    ? Optional.of("Gist: <https://gist.github.com/" + args.positional().get(0) + "/" + args.positional().get(1) + ">")
                    : Optional.empty();
            case "tweet", "x" -> args.named("user").filter(u -> ID.matcher(u).matches())
                    .flatMap(user -> args.named("id").filter(i -> ID.matcher(i).matches())
                            .map(i -> "Post: <https://x.com/" + user + "/status/" + i + ">"));
            case "embed" -> args.named("url").or(args::first).flatMap(Embeds::url).map(url -> {
                String caption = args.named("caption").orElse("").replaceAll("[\\[\\]\\\\<>*_`]", "").strip();
                String shown = caption.isEmpty() ? "<" + url + ">" : "[" + caption + "](<" + url + ">)";
                return isVideo(url) ? "Video: " + shown : shown;
            });
            default -> Optional.empty();
        };
    }

    private static Optional<String> youtube(String value) {
        if (ID.matcher(value).matches()) {
            return Optional.of("https://www.youtube.com/watch?v=" + value);
        }
        return url(value).filter(Embeds::isVideo);
    }

    private static Optional<String> url(String value) {
        return URL.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    private static boolean isVideo(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.matches("https?://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com|player\\.vimeo\\.com)/.*");
    }
}
