package dev.playbook.render;

import java.util.List;

/**
 * The records templates see, and nothing else: plain values, hrefs already relative to the page
 * being rendered, HTML only in fields named {@code content}. An absent link is {@code null}
 * (templates test it with {@code ??}).
 */
public final class Views {

    private Views() {
    }

    /** The playbook as a whole, the same on every page. */
    public record SiteView(String title, String description, String organisation, String release,
                           String releaseTitle, String language, String generatorVersion) { }

    /** A link with the text to show. */
    public record LinkView(String title, String href) { }

    /** One line of the sidebar; {@code depth} indents pages below their section page. */
    public record NavEntryView(String title, String href, int depth, boolean current, boolean section) { }

    /**
     * One group of the sidebar: a page type and its pages. A large group lists only the pages near
     * the current one, with {@code more} leading to the rest.
     */
    public record NavGroupView(String id, String title, String href, boolean current, int count,
                               List<NavEntryView> entries, LinkView more) { }

    /** A heading in the page's table of contents. */
    public record TocEntryView(int level, String id, String text) { }

    /** A page listed on another page (a section's children, a type on the home page). */
    public record ItemView(String title, String href, String summary, String type, String typeTitle) { }

    /** A page type on the home page: how many pages, where they are, the first few. */
    public record TypeCardView(String id, String title, int count, String href, List<ItemView> items) { }

    /** The page being rendered. */
    public record PageView(
            String id,
            String title,
            String summary,
            String type,
            String typeTitle,
            String kind,
            List<String> tags,
            String content,
            List<TocEntryView> toc,
            List<LinkView> breadcrumbs,
            LinkView previous,
            LinkView next,
            List<ItemView> children,
            List<TypeCardView> typeCards,
            String sourcePath,
            int words,
            int readingMinutes) { }
}
