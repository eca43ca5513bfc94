package dev.playbook.render;

import dev.playbook.config.ThemeSettings;

import java.util.List;

/**
 * The theme settings of {@code playbook.yml} as one page's templates see them: addresses made
 * relative to the page ({@code root} is the way from the page to the release's root), empty
 * strings for what is not set.
 *
 * @param logo            the logo's address, or empty
 * @param favicon         the icon's address, or empty (the theme's own icon)
 * @param faviconType     the icon's media type, from its file name
 * @param accent          whether {@code assets/css/settings.css} sets the accent colours
 * @param announcementId  names the announcement, so that a dismissed one stays dismissed until it changes
 */
public record ThemeSettingsView(String logo, String logoAlt, String favicon, String faviconType, boolean accent,
                                String footerText, List<Views.LinkView> footerLinks, String announcement,
                                Views.LinkView announcementLink, String announcementId) {

    /** The stylesheet the accent colours are written to, in each release. */
    public static final String STYLESHEET = "assets/css/settings.css";

    static ThemeSettingsView of(ThemeSettings settings, String root) {
        return new ThemeSettingsView(
                settings.logo().map(f -> root + f.path()).orElse(""),
                settings.logoAlt(),
                settings.favicon().map(f -> root + f.path()).orElse(""),
                settings.favicon().map(f -> mediaType(f.path())).orElse(""),
                settings.accent().isPresent(),
                settings.footerText(),
                settings.footerLinks().stream().map(link -> link(link, root)).toList(),
                settings.announcement().map(ThemeSettings.Announcement::text).orElse(""),
                settings.announcement().flatMap(ThemeSettings.Announcement::link).map(link -> link(link, root)).orElse(null),
                settings.announcement().map(ThemeSettings.Announcement::id).orElse(""));
    }

    private static Views.LinkView link(ThemeSettings.Link link, String root) {
        return new Views.LinkView(link.title(), link.external() ? link.url() : root + link.url());
    }

    private static String mediaType(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".ico")) {
            return "image/x-icon";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "";
    }
}
