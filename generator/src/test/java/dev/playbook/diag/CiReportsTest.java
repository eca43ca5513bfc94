package dev.playbook.diag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check --format sarif|gitlab|junit} (issue 19): each report validates against its schema
 * (SARIF: the official 2.1.0 schema, from the npm package @microsoft/jest-sarif, as schemastore's
 * sarif-2.1.0-rtm.5.json, the final 2.1.0 text; GitLab Code Quality and JUnit XML: schemas written
 * from their documentation, as neither project publishes one), and points at the findings with
 * paths relative to where check ran, 1-based lines and columns, and stable rule ids.
 */
class CiReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLES = "title: Test Playbook\nrelease: \"2026.2\"\nroles:\n  - id: agent\n    title: Agent\n";

    /** Under target/, so that the source is given as a relative path, as a CI job in a checkout gives it. */
    private Path dir;

    @AfterEach
    void remove() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @BeforeEach
    void folder() throws IOException {
        Files.createDirectories(Path.of("target"));
        dir = Path.of("").toAbsolutePath().relativize(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "ci-reports"));
    }

    private TestPlaybook broken() {
        return clean()
                .file("guide.md", "# Guide\n\n[gone](nowhere.md)\n")
                .file("story.md", "---\ntitle: S\ntype: story\nillustrates: [\"a<&>]]>\\\"b\"]\n---\nText.\n");
    }

    private TestPlaybook clean() {
        return TestPlaybook.in(dir).file("playbook.yml", ROLES).file("guide.md", "# Guide\n\nAll good.\n")
                .file("vision.md", "---\ntitle: Vision\ntype: vision\n---\nWhy.\n");
    }

    private String root() {
        return dir.toString().replace('\\', '/') + "/playbook/";
    }

    @Test
    void sarifValidatesAndPointsAtEachFinding() throws Exception {
        var result = broken().check("--format", "sarif");
        assertEquals(1, result.exitCode(), result::toString);
        JsonNode log = JSON.readTree(result.out());
        assertEquals(Set.of(), sarifSchema().validate(log));
        JsonNode run = log.at("/runs/0");
        assertEquals("Playbook", run.at("/tool/driver/name").asText());
        JsonNode results = run.get("results");
        assertEquals(2, results.size(), result.out());
        JsonNode link = results.get(0);
        assertEquals("broken-link", link.get("ruleId").asText());
        assertEquals("error", link.get("level").asText());
        assertEquals("broken link: nothing at \"nowhere.md\"", link.at("/message/text").asText());
        assertEquals(root() + "guide.md", link.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", link.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(3, link.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(8, link.at("/locations/0/physicalLocation/region/startColumn").asInt());
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals("broken-link", rules.get(link.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("unknown-id-in-illustrates", results.get(1).get("ruleId").asText());
    }

    @Test
    void theSarifSchemaCatchesWhatIsWrong() throws Exception {
        ObjectNode log = (ObjectNode) JSON.readTree(broken().check("--format", "sarif").out());
        log.put("version", "2.0.0");
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        String errors = sarifSchema().validate(log).toString();
        assertTrue(errors.contains("$.version") && errors.contains("$.runs[0].results[0].level"), errors);
    }

    @Test
    void aCleanSarifRunHasNoResults() throws Exception {
        var result = clean().check("--format", "sarif");
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode log = JSON.readTree(result.out());
        assertEquals(Set.of(), sarifSchema().validate(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void anAbsoluteSourceBecomesAFileUri() throws Exception {
        broken();
        var again = TestPlaybook.run("check", "--source", dir.toAbsolutePath().resolve("playbook").toString(), "--format", "sarif");
        JsonNode log = JSON.readTree(again.out());
        assertEquals(Set.of(), sarifSchema().validate(log));
        String uri = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertTrue(uri.startsWith("file:///") && uri.endsWith("/playbook/guide.md"), uri);
        assertTrue(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode());
    }

    @Test
    void gitlabCodeQualityValidatesWithStableFingerprints() throws Exception {
        TestPlaybook site = broken();
        var result = site.check("--format", "gitlab");
        assertEquals(1, result.exitCode(), result::toString);
        JsonNode issues = JSON.readTree(result.out());
        assertEquals(Set.of(), gitlabSchema().validate(issues));
        assertEquals(2, issues.size());
        JsonNode link = issues.get(0);
        assertEquals("broken-link", link.get("check_name").asText());
        assertEquals("major", link.get("severity").asText());
        assertEquals(root() + "guide.md", link.at("/location/path").asText());
        assertEquals(3, link.at("/location/lines/begin").asInt());

        site.file("guide.md", "# Guide\n\nA new paragraph above.\n\n[gone](nowhere.md)\n[gone](nowhere.md)\n");
        JsonNode moved = JSON.readTree(site.check("--format", "gitlab").out());
        assertEquals(Set.of(), gitlabSchema().validate(moved));
        assertEquals(5, moved.get(0).at("/location/lines/begin").asInt());
        assertEquals(link.get("fingerprint"), moved.get(0).get("fingerprint"), "an edit above a finding keeps its fingerprint");
        assertNotEquals(moved.get(0).get("fingerprint"), moved.get(1).get("fingerprint"), "two identical findings differ");
        Set<String> fingerprints = new HashSet<>();
        moved.forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
        assertEquals(moved.size(), fingerprints.size());
    }

    @Test
    void gitlabPathsOfAnAbsoluteSourceAreRelativeToTheCheckout() throws Exception {
        broken();
        var result = TestPlaybook.run("check", "--source", dir.toAbsolutePath().resolve("playbook").toString(), "--format", "gitlab");
        JsonNode issues = JSON.readTree(result.out());
        assertEquals(Set.of(), gitlabSchema().validate(issues));
        assertEquals(root() + "guide.md", issues.get(0).at("/location/path").asText());
    }

    @Test
    void theGitlabSchemaCatchesWhatIsWrong() throws Exception {
        JsonNode issues = JSON.readTree(broken().check("--format", "gitlab").out());
        ((ObjectNode) issues.get(0)).put("severity", "error");
        ((ObjectNode) issues.get(1).get("location")).remove("lines");
        String errors = gitlabSchema().validate(issues).toString();
        assertTrue(errors.contains("$[0].severity") && errors.contains("$[1].location"), errors);
    }

    @Test
    void junitHasAFailedTestCasePerFinding() throws Exception {
        var result = broken().check("--format", "junit");
        assertEquals(1, result.exitCode(), result::toString);
        validateJunit(result.out());
        Document xml = parse(result.out());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element link = (Element) cases.item(0);
        assertEquals(root() + "guide.md", link.getAttribute("classname"));
        assertEquals("line 3, column 8 broken-link", link.getAttribute("name"));
        assertEquals("3", link.getAttribute("line"));
        Element failure = (Element) link.getElementsByTagName("failure").item(0);
        assertEquals("error", failure.getAttribute("type"));
        assertEquals(root() + "guide.md:3:8: error: broken link: nothing at \"nowhere.md\"", failure.getTextContent());
        Element story = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertTrue(story.getAttribute("message").contains("a<&>]]>\"b"), "markup in a message stays text: " + story.getAttribute("message"));
        assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void aCleanJunitRunIsOnePassingTestCase() throws Exception {
        var result = clean().check("--format", "junit");
        assertEquals(0, result.exitCode(), result::toString);
        validateJunit(result.out());
        Document xml = parse(result.out());
        assertEquals(1, xml.getElementsByTagName("testcase").getLength());
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    void theJunitSchemaCatchesWhatIsWrong() {
        String noCases = "<testsuites tests=\"0\" failures=\"0\"><testsuite name=\"x\" tests=\"0\" failures=\"0\" errors=\"0\"/></testsuites>";
        assertThrows(SAXException.class, () -> validateJunit(noCases));
    }

    @Test
    void reportsAreByteIdenticalFromRunToRun() {
        TestPlaybook site = broken();
        for (String format : List.of("sarif", "gitlab", "junit")) {
            assertEquals(site.check("--format", format).out(), site.check("--format", format).out(), format);
        }
    }

    @Test
    void outputWritesTheReportAndShowsTheFindingsAsText() throws Exception {
        Path report = dir.resolve("reports/playbook.sarif");
        var result = broken().check("--format", "sarif", "--output", report.toString());
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains(root() + "guide.md:3:8: error: broken link"), result.err());
        assertTrue(result.err().endsWith("2 error(s), 0 warning(s)\n"), result.err());
        assertEquals(Set.of(), sarifSchema().validate(JSON.readTree(report.toFile())));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        var result = clean().check("--format", "xml");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("expected text, json, github, sarif, gitlab or junit"), result.err());
    }

    @Test
    void ruleIdsLeaveOutValuesAndDetail() {
        assertEquals("broken-link", rule("broken link: nothing at \"x.md\""));
        assertEquals("unknown-id-in-illustrates", rule("unknown id \"refnds\" in illustrates (did you mean \"refunds\"?)"));
        assertEquals("review-overdue", rule("review overdue: last reviewed 2026-01-10, more than 180 days ago"));
        assertEquals(rule("expired on 2026-06-30"), rule("expired on 2025-01-01"));
        assertEquals("error", new Problem("f", 1, 1, Severity.ERROR, "\"x\"").severity().label());
        assertEquals("error", RuleId.of(new Problem("f", 1, 1, Severity.ERROR, "\"x\"")));
    }

    private static String rule(String message) {
        return RuleId.of(new Problem("f.md", 1, 1, Severity.WARNING, message));
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = CiReportsTest.class.getResourceAsStream("/reports/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonSchema gitlabSchema() throws IOException {
        try (InputStream in = CiReportsTest.class.getResourceAsStream("/reports/gitlab-code-quality.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static void validateJunit(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(CiReportsTest.class.getResource("/reports/junit.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
