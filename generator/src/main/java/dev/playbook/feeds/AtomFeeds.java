package dev.playbook.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.playbook.model.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes the feeds with ROME: {@value #ALL} (releases and stories), {@value #STORIES} and
 * {@value #RELEASES}, every link absolute from {@code base-url}. Entry ids are tag URIs
 * ({@code tag:host,day:path/release/subject}, RFC 4151): the base URL's host, the day the entry's
 * release was made and what the entry is about, so an entry keeps its id in every later release
 * and every rebuild. Dates come from the entries, never from the clock.
 */
public final class AtomFeeds {

    public static final String ALL = "feed.xml";
    public static final String STORIES = "feeds/stories.xml";
    public static final String RELEASES = "feeds/releases.xml";
    public static final String TYPE = "application/atom+xml";

    /**
     * What every feed of a site says about it.
     *
     * @param baseUrl  where the folder holding every release is served, without a trailing slash
     * @param language the playbook's language tag ({@code xml:lang})
     */
    public record Site(String title, String organisation, String baseUrl, String language) { }

    private AtomFeeds() {
    }

    /**
     * The three feeds, by path relative to {@code folder}: {@code ""} for the feeds beside the
     * releases (they follow every release), else the release's folder name.
     */
    public static Map<String, byte[]> write(Site site, List<FeedEntry> entries, String folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ALL, write(site, entries, folder, ALL, "new releases and stories", e -> true));
        files.put(STORIES, write(site, entries, folder, STORIES, "new stories", e -> e.kind().equals(FeedEntry.STORY)));
        files.put(RELEASES, write(site, entries, folder, RELEASES, "new releases", e -> e.kind().equals(FeedEntry.RELEASE)));
        return files;
    }

    private static byte[] write(Site site, List<FeedEntry> all, String folder, String path, String what,
                                Predicate<FeedEntry> chosen) {
        String here = site.baseUrl() + "/" + (folder.isEmpty() ? "" : UrlPaths.encodeSegment(folder) + "/");
        List<FeedEntry> entries = all.stream().filter(chosen).toList();
        Feed feed = new Feed("atom_1.0");
        feed.setLanguage(site.language());
        feed.setId(here + path);
        feed.setTitle(site.title() + ": " + what);
        feed.setUpdated(entries.stream().map(e -> Date.from(Instant.parse(e.date()))).max(Date::compareTo)
                .orElse(all.isEmpty() ? new Date(0) : Date.from(Instant.parse(all.get(0).date()))));
        feed.setAlternateLinks(List.of(link("alternate", here + "index.html", "text/html")));
        feed.setOtherLinks(List.of(link("self", here + path, TYPE)));
        feed.setAuthors(List.of(author(site)));
        Generator generator = new Generator();
        generator.setValue("Playbook");
        feed.setGenerator(generator);
        List<Entry> written = new ArrayList<>();
        for (FeedEntry entry : entries) {
            written.add(entry(site, entry));
        }
        feed.setEntries(written);
        try {
            return new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed " + path + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Site site, FeedEntry entry) {
        String url = site.baseUrl() + "/" + UrlPaths.encodeSegment(entry.release()) + "/" + UrlPaths.encode(entry.path());
        Date date = Date.from(Instant.parse(entry.date()));
        Entry written = new Entry();
        written.setId(id(site, entry));
        written.setTitle(entry.kind().equals(FeedEntry.STORY) && entry.change().equals("changed")
                ? entry.title() + " (updated)" : entry.title());
        written.setUpdated(date);
        written.setPublished(date);
        written.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        Category category = new Category();
        category.setTerm(entry.kind().equals(FeedEntry.RELEASE) ? "release" : "story-" + entry.change());
        category.setLabel(entry.kind().equals(FeedEntry.RELEASE) ? "Release"
                : entry.change().equals("added") ? "New story" : "Changed story");
        written.setCategories(List.of(category));
        if (!entry.summary().isEmpty()) {
            written.setSummary(content("text", entry.summary()));
        }
        if (!entry.content().isEmpty()) {
            written.setContents(List.of(content("html", absolute(entry.content(), url))));
        }
        return written;
    }

    /** {@code tag:host,2026-04-15:path/2026.2/story-added/boots}. */
    static String id(Site site, FeedEntry entry) {
        URI base = URI.create(site.baseUrl());
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("^/+|/+$", "");
        return "tag:" + base.getHost() + "," + entry.date().substring(0, 10) + ":" + (path.isEmpty() ? "" : path + "/")
                + entry.release() + "/" + entry.subject();
    }

    /** The HTML with every link and image absolute, against the page it came from: feed readers show it elsewhere. */
    static String absolute(String html, String pageUrl) {
        Document fragment = Jsoup.parseBodyFragment(html, pageUrl);
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.select("[href], [src]")) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute) && !element.attr(attribute).startsWith("#")) {
                    String absolute = element.absUrl(attribute);
                    if (!absolute.isEmpty()) {
                        element.attr(attribute, absolute);
                    }
                } else if (element.hasAttr(attribute)) {
                    element.attr(attribute, pageUrl + element.attr(attribute));
                }
            }
        }
        return fragment.body().html();
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson author(Site site) {
        Person person = new Person();
        person.setName(site.organisation().isBlank() ? site.title() : site.organisation());
        return person;
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }
}
