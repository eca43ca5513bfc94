package dev.playbook.scorm;

import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course's SCORM packages, from the course test playbook: contents, manifests against the ADL schemas, links, bytes. */
class ScormPackagesTest {

    @TempDir
    static Path dir;
    static TestPlaybook playbook;
    static TestPlaybook withBase;

    @BeforeAll
    static void build() throws IOException {
        playbook = CoursePlaybook.create(dir.resolve("plain"));
        // A step with an image and a link to a page outside the course.
        playbook.bytes("standards/greet-wave.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile and wave:"
                        + " ![A wave](greet-wave.png). Read [our home page](../index.md) and the [[recover]] standard.\n\n"
                        + "## When\n\nAlways.\n");
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        withBase = CoursePlaybook.create(dir.resolve("based"));
        withBase.file("playbook.yml", CoursePlaybook.CONFIG + "base-url: https://playbook.example.com\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nRead [our home page](../index.md).\n\n## When\n\nAlways.\n");
        result = withBase.build();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void eachCourseHasAPackageOfEachEditionWithTheCoursesPagesAndNothingOfTheRestOfTheSite(ScormVersion version) throws IOException {
        Map<String, byte[]> zip = unzip(playbook.site().resolve(version.zipUrl("first-week")));
        Set<String> names = zip.keySet();
        assertTrue(names.contains("imsmanifest.xml"));
        assertTrue(names.contains(CoursePackager.PLAYER));
        assertTrue(names.containsAll(version.schemas()), "the schema files sit at the package's root: " + names);
        for (String page : List.of("vision.html", "standards/greet.html", "standards/recover.html", "authority.html",
                "stories/parcel.html")) {
            assertTrue(names.contains(page), page + " in " + names);
        }
        assertTrue(names.contains("standards/greet-wave.png"), "a step's image");
        assertTrue(names.contains("courses/first-week.js"), "the course's data");
        assertTrue(names.contains("assets/scorm/scorm-player.js") && names.contains("assets/css/base.css"));
        assertFalse(names.contains("index.html"), "the home page is not a step");
        assertFalse(names.contains("search.html"));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("search/") || n.startsWith("assets/js/search/")
                || n.endsWith("search-box.js")), "search is left out: " + names);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("parameters/") || n.startsWith("courses/first-week.html")));
        // The course overview offers the package for download, beside the handout.
        org.jsoup.nodes.Document overview = playbook.html("courses/first-week.html");
        String zipName = version.zipUrl("first-week").substring("courses/".length());
        assertEquals(1, overview.select(".course-packages a[download][href=" + zipName + "]").size(), overview.select(".course-packages").outerHtml());
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void theManifestIsValidAgainstTheAdlSchemasAndListsEveryFile(ScormVersion version) throws Exception {
        Map<String, byte[]> zip = unzip(playbook.site().resolve(version.zipUrl("first-week")));
        byte[] manifest = zip.get("imsmanifest.xml");
        schema(version).newValidator().validate(new StreamSource(new ByteArrayInputStream(manifest)));
        Document xml = Jsoup.parse(new String(manifest, StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(version == ScormVersion.SCORM_12 ? "1.2" : "2004 4th Edition", xml.selectFirst("metadata > schemaversion").text());
        assertEquals("First week", xml.selectFirst("organization > title").text());
        assertEquals(CoursePackager.PLAYER, xml.selectFirst("resource").attr("href"));
        assertEquals("sco", xml.selectFirst("resource").attr(version == ScormVersion.SCORM_12 ? "adlcp:scormtype" : "adlcp:scormType"));
        Set<String> listed = new TreeSet<>(xml.select("resource > file").eachAttr("href"));
        Set<String> expected = new TreeSet<>(zip.keySet());
        expected.remove("imsmanifest.xml");
        version.schemas().forEach(expected::remove);
        assertEquals(expected, listed);
        for (ScormVersion other : ScormVersion.values()) {
            if (other != version) {
                assertThrows(SAXException.class, () -> schema(other).newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(manifest))), "the other edition's schemas refuse it");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void aManifestThatBreaksTheSchemaIsRefused(ScormVersion version) throws Exception {
        String manifest = new String(unzip(playbook.site().resolve(version.zipUrl("first-week"))).get("imsmanifest.xml"),
                StandardCharsets.UTF_8);
        String broken = manifest.replace("<organizations default=\"organization\">", "<organizations default=\"organization\"><bogus/>");
        assertThrows(SAXException.class, () -> schema(version).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void linksToPagesOutsideTheCourseBecomeTextWithoutABaseUrlAndLeadToThePublishedSiteWithOne() throws IOException {
        Document plain = page(playbook, ScormVersion.SCORM_12, "standards/greet.html");
        assertNotNull(plain.selectFirst("a[href=recover.html]"), "a link to another step stays");
        assertTrue(plain.select(".content a").eachText().stream().noneMatch(t -> t.contains("our home page")), plain.body().html());
        assertTrue(plain.selectFirst(".content").text().contains("Read our home page"), "its text stays");
        assertTrue(plain.select(".sidebar, form.site-search, nav.course-bar, script[src$=search-box.js]").isEmpty());
        Document based = page(withBase, ScormVersion.SCORM_2004, "standards/greet.html");
        var home = based.selectFirst(".content a:contains(our home page)");
        assertNotNull(home, based.body().html());
        assertEquals("https://playbook.example.com/2026.1/index.html", home.attr("href"));
        assertEquals("_blank", home.attr("target"));
    }

    @Test
    void thePlayerListsTheStepsInOrderAndSpeaksTheEditionsRuntime() throws IOException {
        Document player = page(playbook, ScormVersion.SCORM_2004, CoursePackager.PLAYER);
        assertEquals("2004", player.body().attr("data-scorm"));
        assertEquals(List.of("vision.html", "standards/greet.html", "standards/recover.html#how", "authority.html",
                "stories/parcel.html"), player.select("a.player-item").eachAttr("href"));
        assertEquals("vision.html", player.selectFirst("iframe.player-frame").attr("src"));
        assertTrue(player.select("script:not([src])").isEmpty(), "no inline scripts");
        assertTrue(player.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("frame-src 'self'"));
        assertEquals("1.2", page(playbook, ScormVersion.SCORM_12, CoursePackager.PLAYER).body().attr("data-scorm"));
    }

    @Test
    void theSameSourceZipsToTheSameBytes() throws IOException {
        TestPlaybook again = new TestPlaybook(dir.resolve("plain"));
        Path out = dir.resolve("again");
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", again.source().toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        for (ScormVersion version : ScormVersion.values()) {
            String zip = version.zipUrl("first-week");
            assertArrayEquals(Files.readAllBytes(playbook.site().resolve(zip)), Files.readAllBytes(out.resolve("2026.1").resolve(zip)), zip);
        }
    }

    private static Document page(TestPlaybook from, ScormVersion version, String path) throws IOException {
        byte[] bytes = unzip(from.site().resolve(version.zipUrl("first-week"))).get(path);
        assertNotNull(bytes, path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        assertTrue(Files.isRegularFile(zip), zip + " is written");
        Map<String, byte[]> entries = new TreeMap<>();
        List<String> order = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
                order.add(entry.getName());
            }
        }
        assertEquals(new ArrayList<>(entries.keySet()), order, "entries in name order");
        return entries;
    }

    /** The edition's schemas from the test resources, as an LMS validating the manifest would read them. */
    static Schema schema(ScormVersion version) throws SAXException, URISyntaxException {
        String folder = version == ScormVersion.SCORM_12 ? "schemas-1.2" : "schemas-2004";
        List<String> roots = version == ScormVersion.SCORM_12
                // imsmd (LOM metadata, which the manifests do not use) breaks XML Schema's unique particle
                // attribution rule, so strict processors refuse to load it; it is shipped, not loaded here.
                ? List.of("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd")
                : List.of("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        if (version == ScormVersion.SCORM_12) {
            // SCORM 1.2's ims_xml.xsd binds the XML namespace as its default namespace, which
            // Namespaces in XML forbids and Xerces refuses; validators read the W3C's xml.xsd for that
            // namespace instead (the one SCORM 2004 ships), and so does this test.
            String xml = ScormPackagesTest.class.getResource("/scorm/schemas-2004/xml.xsd").toURI().toString();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (!XMLConstants.XML_NS_URI.equals(namespace)) {
                    return null;
                }
                try {
                    org.w3c.dom.ls.LSInput input = ((org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory
                            .newInstance().newDocumentBuilder().getDOMImplementation()).createLSInput();
                    input.setSystemId(xml);
                    return input;
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        StreamSource[] sources = new StreamSource[roots.size()];
        for (int i = 0; i < roots.size(); i++) {
            Path file = Path.of(ScormPackagesTest.class.getResource("/scorm/" + folder + "/" + roots.get(i)).toURI());
            sources[i] = new StreamSource(file.toFile());
        }
        return factory.newSchema(sources);
    }
}
