package dev.playbook.config;

import dev.playbook.diag.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked contents of {@code playbook.yml}: site metadata, the current release, the page types
 * and roles of this organisation, and how strict the checks are.
 *
 * @param release            the release being built, e.g. {@code 2026.2}
 * @param releaseTags        which git tags are releases: a prefix and {@code *}, the release name being the rest of the tag
 * @param language           a BCP 47 tag ({@code en}, {@code ja}, {@code pt-BR}); the page's {@code lang}, and it picks
 *                           the search analysis (every tag is accepted)
 * @param reviewIntervalDays pages not reviewed within this many days are overdue (absent: no review check)
 * @param brokenLinks        the severity of broken links and missing anchors ({@code error} by default)
 * @param standardSections   headings every standard should have (the service-initiative checklist)
 * @param baseUrl            where the site (the folder holding every release) is served, without a trailing
 *                           slash, e.g. {@code https://playbook.example.com}: for {@code sitemap.xml} and {@code pages.json}
 * @param basePaths          the path prefixes the site it was imported from was served under, without slashes at
 *                           either end (e.g. {@code handbook}, {@code docs}): a link {@code /handbook/x/} leads to {@code x}
 * @param languages          the default language and the others the playbook is translated into
 * @param theme              the theme settings ({@code theme:}): logo, favicon, accent colour, footer, announcement
 * @param hostLinks          {@code edit-url} and {@code new-story-url}: links from the pages to the git host
 */
public record SiteConfig(
        String title,
        String description,
        String organisation,
        String release,
        Optional<String> releaseTitle,
        Optional<String> releaseDate,
        String releaseTags,
        String language,
        List<PageType> types,
        List<Role> roles,
        Optional<Integer> reviewIntervalDays,
        Severity brokenLinks,
        List<String> standardSections,
        Optional<String> baseUrl,
        List<String> basePaths,
        ThemeSettings theme,
        HostLinks hostLinks,
        String file,
        Languages languages) {

    public static final String DEFAULT_RELEASE_TAGS = "release/*";
    public static final List<String> DEFAULT_STANDARD_SECTIONS = List.of("How", "When", "Authority");

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(releaseTitle, "releaseTitle");
        Objects.requireNonNull(releaseDate, "releaseDate");
        Objects.requireNonNull(releaseTags, "releaseTags");
        Objects.requireNonNull(language, "language");
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("at least one page type");
        }
        roles = List.copyOf(roles);
        Objects.requireNonNull(reviewIntervalDays, "reviewIntervalDays");
        Objects.requireNonNull(brokenLinks, "brokenLinks");
        standardSections = List.copyOf(standardSections);
        Objects.requireNonNull(baseUrl, "baseUrl");
        basePaths = List.copyOf(basePaths);
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(hostLinks, "hostLinks");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(languages, "languages");
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<PageType> type(String id) {
        return types.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The type of pages that declare none and sit in no type's folder. */
    public PageType fallbackType() {
        return types.stream().filter(t -> t.is(PageType.GUIDE)).findFirst().orElse(types.get(types.size() - 1));
    }

    /** The release named by a git tag that matches {@code releaseTags}, if it matches. */
    public Optional<String> releaseOfTag(String tag) {
        String prefix = releaseTags.substring(0, releaseTags.length() - 1);
        return tag.startsWith(prefix) && tag.length() > prefix.length()
                ? Optional.of(tag.substring(prefix.length())) : Optional.empty();
    }

    /** Whether a name can name a release: it becomes a folder beside the other releases. */
    public static boolean isReleaseName(String name) {
        return SiteConfigReader.RELEASE.matcher(name).matches() && !RESERVED_RELEASES.contains(name);
    }

    /** Names of folders beside the releases that Playbook writes itself. */
    public static final List<String> RESERVED_RELEASES = List.of("latest", "go");

    public SiteConfig withRelease(String name) {
        return new SiteConfig(title, description, organisation, name, releaseTitle, releaseDate, releaseTags, language, types, roles,
                reviewIntervalDays, brokenLinks, standardSections, baseUrl, basePaths, theme, hostLinks, file, languages);
    }

    /**
     * This config as one of its languages sees it: that language's code, title and description,
     * and its labels for page types and roles ({@code type.<id>}, {@code type.<id>.plural}, {@code role.<id>}).
     */
    public SiteConfig inLanguage(Language language) {
        if (language.code().equals(languages.primary().code()) && language.labels().isEmpty()) {
            return this;
        }
        java.util.Map<String, String> labels = language.labels();
        List<PageType> named = types.stream().map(t -> new PageType(t.id(),
                labels.getOrDefault("type." + t.id(), t.title()),
                labels.getOrDefault("type." + t.id() + ".plural", t.plural()), t.folder(), t.base())).toList();
        List<Role> titled = roles.stream().map(r -> new Role(r.id(), labels.getOrDefault("role." + r.id(), r.title()))).toList();
        return new SiteConfig(language.title().isEmpty() ? title : language.title(),
                language.description().isEmpty() ? description : language.description(), organisation, release,
                releaseTitle, releaseDate, releaseTags, language.code(), named, titled, reviewIntervalDays, brokenLinks,
                standardSections, baseUrl, basePaths, theme, hostLinks, file, languages);
    }
}
