package dev.playbook.config;

import dev.playbook.diag.SourcePosition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every organisation changes about the default theme, set under {@code theme:} in
 * {@code playbook.yml} instead of copying templates: the logo, the favicon, the accent colour, the
 * footer's text and links, and an announcement banner.
 *
 * @param logo         a file of the playbook shown in the header beside the title, with where it was named
 * @param logoAlt      the logo's text alternative (empty: the logo is decorative, the title beside it says it)
 * @param favicon      a file of the playbook used as the pages' icon, with where it was named
 * @param accent       the accent colour for light pages, {@code #rrggbb}
 * @param accentDark   the accent colour for dark pages, {@code #rrggbb} (given, or derived from {@code accent})
 * @param footerText   a line of plain text in every page's footer
 * @param footerLinks  links in every page's footer
 * @param announcement a banner at the top of every page
 */
public record ThemeSettings(Optional<NamedFile> logo, String logoAlt, Optional<NamedFile> favicon, Optional<String> accent,
                            Optional<String> accentDark, String footerText, List<Link> footerLinks,
                            Optional<Announcement> announcement) {

    public static final ThemeSettings NONE = new ThemeSettings(Optional.empty(), "", Optional.empty(), Optional.empty(),
            Optional.empty(), "", List.of(), Optional.empty());

    public ThemeSettings {
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(logoAlt, "logoAlt");
        Objects.requireNonNull(favicon, "favicon");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(accentDark, "accentDark");
        Objects.requireNonNull(footerText, "footerText");
        footerLinks = List.copyOf(footerLinks);
        Objects.requireNonNull(announcement, "announcement");
    }

    /** A file of the playbook (a path relative to its root, with {@code /}) and where {@code playbook.yml} names it. */
    public record NamedFile(String path, SourcePosition at) { }

    /** A link: an absolute {@code https:}, {@code http:}, {@code mailto:} or {@code tel:} URL, or a path in the release; and where it is written. */
    public record Link(String title, String url, SourcePosition at) {

        /** Whether the URL leaves the release (else it is a path from the release's root). */
        public boolean external() {
            return url.matches("(?i)(https?|mailto|tel):.*");
        }
    }

    /**
     * A banner above every page. {@code id} names this announcement, so a reader who dismissed it
     * sees it again only when a new one (another id) is announced.
     */
    public record Announcement(String text, Optional<Link> link, String id) { }

    /** Every link the settings hold: the footer's, then the announcement's. */
    public List<Link> links() {
        List<Link> all = new java.util.ArrayList<>(footerLinks);
        announcement.flatMap(Announcement::link).ifPresent(all::add);
        return all;
    }
}
