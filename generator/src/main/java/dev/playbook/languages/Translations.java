package dev.playbook.languages;

import dev.playbook.config.Language;
import dev.playbook.config.Languages;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits a playbook's Markdown into one {@link Edition} per language. A translation sits beside
 * its original, named with the language's code before the extension ({@code standards/greet.es.md}
 * translates {@code standards/greet.md}); it takes its original's path, id and any front-matter
 * field it does not set itself (limits, roles, dates: the same data in every language). A page
 * with no translation falls back to the default language's. A translation may say which revision
 * of its original it translates ({@code translation-of:}, the original's git blob id, as
 * {@code git hash-object} prints it); one whose original changed since is reported as outdated.
 */
public final class Translations {

    /** The field a translation names its original's revision in. */
    public static final String TRANSLATION_OF = "translation-of";

    private final Languages languages;
    private final Path source;

    public Translations(Languages languages, Path source) {
        this.languages = languages;
        this.source = source;
    }

    /** What one split found: each language's edition, and the notes on missing translations. */
    public record Split(List<Edition> editions, List<Problem> missing) {
        public Split {
            editions = List.copyOf(editions);
            missing = List.copyOf(missing);
        }
    }

    /**
     * The editions, the default language's first. Outdated translations, translations of nothing
     * and pages written in the other convention ({@code es/standards/greet.md}) go to {@code problems}.
     */
    public Split split(List<SourceFile> pages, Problems problems) {
        Map<String, SourceFile> originals = new TreeMap<>();
        Map<String, Map<String, SourceFile>> byLanguage = new LinkedHashMap<>();
        languages.others().forEach(l -> byLanguage.put(l.code(), new TreeMap<>()));
        for (SourceFile page : pages) {
            Optional<String[]> translation = translationOf(page.path());
            if (translation.isPresent()) {
                byLanguage.get(translation.get()[0]).put(translation.get()[1], page);
                continue;
            }
            String top = page.path().contains("/") ? page.path().substring(0, page.path().indexOf('/')) : "";
            Optional<Language> folder = languages.others().stream().filter(l -> l.code().equals(top)).findFirst();
            if (folder.isPresent()) {
                String rest = page.path().substring(top.length() + 1);
                problems.error(SourcePosition.of(page.display()), "translations sit beside their original, named with the"
                        + " language's code: move this file to " + withCode(rest, top) + " (the folder " + top
                        + "/ is where the " + top + " pages are published)");
                continue;
            }
            originals.put(page.path(), page);
        }
        List<Edition> editions = new ArrayList<>();
        editions.add(new Edition(languages.primary(), "", List.copyOf(originals.values()), originals.keySet()));
        List<Problem> missing = new ArrayList<>();
        for (Language language : languages.others()) {
            Map<String, SourceFile> translations = byLanguage.get(language.code());
            List<SourceFile> edition = new ArrayList<>();
            Set<String> translated = new HashSet<>();
            for (Map.Entry<String, SourceFile> t : translations.entrySet()) {
                if (!originals.containsKey(t.getKey())) {
                    problems.warning(SourcePosition.of(t.getValue().display()), "translates no page: there is no "
                            + t.getKey() + "; name a translation after the page it translates (it is left out)");
                }
            }
            for (SourceFile original : originals.values()) {
                SourceFile translation = translations.get(original.path());
                if (translation == null) {
                    edition.add(original);
                    missing.add(Problem.warning(new SourcePosition(original.display(), 1, 1), "not translated into " + language.code()
                            + " yet: write " + withCode(original.path(), language.code())));
                    continue;
                }
                translated.add(original.path());
                checkRevision(original, translation, problems);
                edition.add(new SourceFile(original.path(), translation.display(),
                        translation.frontMatter().over(original.frontMatter()), translation.body(), translation.bodyLine(),
                        translation.hash()));
            }
            editions.add(new Edition(language, languages.folderOf(language.code()), edition, translated));
        }
        return new Split(editions, missing);
    }

    /** For {@code standards/greet.es.md}: {@code es} and {@code standards/greet.md}, when es is one of the languages. */
    private Optional<String[]> translationOf(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        String stem = path.substring(0, dot);
        int codeDot = stem.lastIndexOf('.');
        if (codeDot <= slash + 1) {
            return Optional.empty();
        }
        String code = stem.substring(codeDot + 1);
        return languages.others().stream().filter(l -> l.code().equals(code)).findFirst()
                .map(l -> new String[] {code, stem.substring(0, codeDot) + path.substring(dot)});
    }

    static String withCode(String path, String code) {
        int dot = path.lastIndexOf('.');
        return dot <= path.lastIndexOf('/') + 1 ? path + "." + code : path.substring(0, dot) + "." + code + path.substring(dot);
    }

    /** An outdated translation: its {@code translation-of:} is not the original's revision now. */
    private void checkRevision(SourceFile original, SourceFile translation, Problems problems) {
        Optional<com.fasterxml.jackson.databind.JsonNode> node = translation.frontMatter().get(TRANSLATION_OF);
        if (node.isPresent() && !node.get().isTextual()) {
            problems.warning(translation.frontMatter().valuePositionOf("/" + TRANSLATION_OF), TRANSLATION_OF
                    + " must be written in quotes (YAML reads " + node.get().asText() + " as a number): "
                    + TRANSLATION_OF + ": \"" + Revisions.blobId(source.resolve(original.path())).map(r -> r.substring(0, 12))
                    .orElse("<revision>") + "\"");
            return;
        }
        Optional<String> written = node.map(n -> n.asText().strip());
        Optional<String> now = Revisions.blobId(source.resolve(original.path()));
        if (written.isEmpty() || now.isEmpty()) {
            return;
        }
        String revision = written.get().toLowerCase(java.util.Locale.ROOT);
        if (revision.length() < 7 || !revision.matches("[0-9a-f]+")) {
            problems.warning(translation.frontMatter().valuePositionOf("/" + TRANSLATION_OF), TRANSLATION_OF + " \""
                    + written.get() + "\" must be the original's revision (7 hex digits or more, as `git hash-object "
                    + original.path() + "` prints it): " + now.get().substring(0, 12));
        } else if (!now.get().startsWith(revision)) {
            problems.warning(translation.frontMatter().valuePositionOf("/" + TRANSLATION_OF), "outdated translation: "
                    + original.display() + " changed since revision " + written.get() + "; bring the translation up to date"
                    + " and set " + TRANSLATION_OF + ": " + now.get().substring(0, 12));
        }
    }

    /** Git's ids of files, computed as git does, so a translator can copy one from {@code git hash-object}. */
    static final class Revisions {
        private Revisions() {
        }

        static Optional<String> blobId(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
                sha1.update(("blob " + bytes.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return Optional.of(java.util.HexFormat.of().formatHex(sha1.digest(bytes)));
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                return Optional.empty();
            }
        }
    }
}
