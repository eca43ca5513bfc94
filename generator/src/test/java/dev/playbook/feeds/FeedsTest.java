package dev.playbook.feeds;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.ReleaseHistory;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atom feeds (issue 17): the release history of ReleaseHistory with a base URL, built with
 * --all-releases; each feed parses with ROME and meets RFC 4287's requirements, asserted one by one
 * (there is no offline validator): ids, titles, RFC 3339 dates, authors, self links.
 */
class FeedsTest {

    static final String BASE = "base-url: https://playbook.example.com/service\n";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339's date-time (section 5.6), as RFC 4287 section 3.3 requires. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @TempDir
    Path dir;

    private Path builtHistory(Path root, String extra) {
        try (GitPlaybook git = ReleaseHistory.create(root, extra)) {
            TestPlaybook.Result result = git.playbook().build("--all-releases", "-q");
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(result.err().contains("git"), result::err);
            return git.playbook().out();
        }
    }

    @Test
    void everyFeedParsesAndMeetsTheAtomSpec() throws Exception {
        Path out = builtHistory(dir.resolve("repo"), BASE);
        List<String> feeds = new ArrayList<>();
        for (String folder : List.of("", "2026.1/", "2026.2/", "2026.3/", "2026.4/")) {
            for (String feed : List.of(AtomFeeds.ALL, AtomFeeds.STORIES, AtomFeeds.RELEASES)) {
                feeds.add(folder + feed);
            }
        }
        for (String path : feeds) {
            String xml = Files.readString(out.resolve(path));
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
            assertEquals("atom_1.0", feed.getFeedType(), path);
            assertSpec(path, xml);
            Link self = feed.getOtherLinks().stream().filter(l -> l.getRel().equals("self")).findFirst().orElseThrow();
            assertEquals("https://playbook.example.com/service/" + path, self.getHref(), path);
        }
    }

    @Test
    void theFeedCarriesEveryReleaseAndItsNewStoriesNewestFirst() throws Exception {
        Path out = builtHistory(dir.resolve("repo"), BASE);
        Feed feed = parse(out.resolve("feed.xml"));
        assertEquals("Test Playbook: new releases and stories", feed.getTitleEx().getValue());
        assertEquals(List.of("Release 2026.4", "Release 2026.3", "Release 2026.2", "Wrong boots twice", "Release 2026.1",
                "The parcel"), feed.getEntries().stream().map(Entry::getTitle).toList());
        Entry boots = feed.getEntries().get(3);
        assertEquals("tag:playbook.example.com,2026-04-15:service/2026.2/story-added/boots", boots.getId());
        assertEquals("https://playbook.example.com/service/2026.2/stories/boots.html",
                boots.getAlternateLinks().get(0).getHref());
        assertEquals(java.time.Instant.parse("2026-04-15T00:00:00Z"), boots.getUpdated().toInstant(), "the release-date");
        assertTrue(boots.getContents().get(0).getValue().contains("We sent the wrong size."));
        Entry release = feed.getEntries().get(2);
        assertEquals("https://playbook.example.com/service/2026.2/release-notes.html", release.getAlternateLinks().get(0).getHref());
        assertEquals("1 new page, 1 new story, 1 page changed, 2 pages moved, 1 page removed, 1 limit changed since release 2026.1.",
                release.getSummary().getValue());
        String notes = release.getContents().get(0).getValue();
        assertTrue(notes.contains("<a href=\"https://playbook.example.com/service/2026.2/standards/greet.html\">Greet customers</a>"), notes);
        assertTrue(notes.contains("Store associate, Goodwill credit: up to $25 \u2192 up to $50"), notes);

        assertEquals(List.of("Wrong boots twice", "The parcel"),
                parse(out.resolve(AtomFeeds.STORIES)).getEntries().stream().map(Entry::getTitle).toList());
        assertEquals(4, parse(out.resolve(AtomFeeds.RELEASES)).getEntries().size());
    }

    @Test
    void entriesKeepTheirIdsInLaterReleasesAndRebuildsAreByteIdentical() throws Exception {
        Path out = builtHistory(dir.resolve("one"), BASE);
        List<String> in2 = ids(parse(out.resolve("2026.2/feed.xml")));
        List<String> in4 = ids(parse(out.resolve("2026.4/feed.xml")));
        assertEquals(in2, in4.subList(in4.size() - in2.size(), in4.size()), "2026.2's entries as 2026.4 carries them");
        assertEquals(in4, ids(parse(out.resolve("feed.xml"))), "the feed beside the releases is the latest release's");

        Path again = builtHistory(dir.resolve("two"), BASE);
        for (String path : List.of("feed.xml", "feeds/stories.xml", "2026.2/feed.xml", "2026.4/feeds/releases.xml")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    @Test
    void withoutAReleaseDateTheDatesComeFromTheTags(@TempDir Path root) throws Exception {
        try (GitPlaybook git = GitPlaybook.init(root, "title: Dated by git\nrelease: \"1.0\"\n" + BASE)) {
            git.file("index.md", "# Home\n")
                    .file("stories/first.md", "---\ntitle: First\ntype: story\n---\nIt went well.\n")
                    .commit("Release 1.0", java.time.Instant.parse("2026-03-02T10:30:00Z"))
                    .tag("release/1.0", false);
            assertEquals(0, git.playbook().build("--all-releases", "-q").exitCode());
            Feed feed = parse(git.playbook().out().resolve("feed.xml"));
            assertEquals(java.time.Instant.parse("2026-03-02T10:30:00Z"), feed.getUpdated().toInstant());
            assertEquals(List.of("Release 1.0", "First"), feed.getEntries().stream().map(Entry::getTitle).toList());
            assertEquals("tag:playbook.example.com,2026-03-02:service/1.0/story-added/first", feed.getEntries().get(1).getId());
        }
    }

    @Test
    void pagesLinkTheFeedsBesideTheReleases() throws Exception {
        Path out = builtHistory(dir.resolve("repo"), BASE);
        TestPlaybook site = new TestPlaybook(dir.resolve("repo"));
        Document greet = site.html("standards/greet.html");
        var links = greet.select("head link[rel=alternate][type=application/atom+xml]");
        assertEquals(1, links.size(), links::toString);
        assertEquals("../../feed.xml", links.attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("2026.4/standards").resolve(links.attr("href")).normalize()));
        var onStory = site.html("stories/boots.html").select("head link[rel=alternate]");
        assertEquals(List.of("../../feed.xml", "../../feeds/stories.xml"), onStory.eachAttr("href"));
    }

    @Test
    void withoutABaseUrlThereAreNoFeeds() throws Exception {
        Path out = builtHistory(dir.resolve("repo"), "");
        assertFalse(Files.exists(out.resolve("feed.xml")));
        assertFalse(Files.exists(out.resolve("2026.4/feed.xml")));
        assertTrue(new TestPlaybook(dir.resolve("repo")).html("index.html").select("link[rel=alternate]").isEmpty());
    }

    /** RFC 4287's requirements on a feed document, on the XML as written. */
    private static void assertSpec(String path, String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element feed = document.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI(), path);
        assertEquals("feed", feed.getLocalName(), path);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), path);
        assertOne(feed, "id", path);
        assertAbsolute(text(feed, "id"), path + " feed id");
        assertOne(feed, "title", path);
        assertOne(feed, "updated", path);
        assertTrue(RFC_3339.matcher(text(feed, "updated")).matches(), path + " updated: " + text(feed, "updated"));
        boolean feedAuthor = !children(feed, "author").isEmpty();
        assertTrue(children(feed, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")), path + " self link");
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            String where = path + " entry " + text(entry, "title");
            assertOne(entry, "id", where);
            assertAbsolute(text(entry, "id"), where);
            assertTrue(ids.add(text(entry, "id")), where + ": id repeated");
            assertOne(entry, "title", where);
            assertOne(entry, "updated", where);
            assertTrue(RFC_3339.matcher(text(entry, "updated")).matches(), where);
            if (!children(entry, "published").isEmpty()) {
                assertTrue(RFC_3339.matcher(text(entry, "published")).matches(), where);
            }
            assertTrue(feedAuthor || !children(entry, "author").isEmpty(), where + ": an author on the feed or the entry");
            List<Element> alternates = children(entry, "link").stream()
                    .filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate")).toList();
            assertTrue(!children(entry, "content").isEmpty() || !alternates.isEmpty(), where + ": content or an alternate link");
            for (Element link : children(entry, "link")) {
                assertAbsolute(link.getAttribute("href"), where + " link");
            }
            assertTrue(children(entry, "content").size() <= 1 && children(entry, "summary").size() <= 1, where);
        }
    }

    private static void assertOne(Element parent, String name, String where) {
        assertEquals(1, children(parent, name).size(), where + ": exactly one atom:" + name);
    }

    private static void assertAbsolute(String iri, String where) {
        assertNotNull(URI.create(iri).getScheme(), where + ": " + iri + " is not absolute");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static Feed parse(Path file) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(Files.readString(file)));
    }

    private static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }
}
