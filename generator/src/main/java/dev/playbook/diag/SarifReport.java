package dev.playbook.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Problems as a SARIF 2.1.0 log, the format code-scanning views read (GitHub's among them): one run of
 * the tool "Playbook", its rules (one per {@link RuleId}) and one result per problem, each at
 * {@code file} relative to the checkout ({@code %SRCROOT%}), lines and columns 1-based.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static ObjectNode of(List<Problem> problems, String toolVersion) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode log = json.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Playbook");
        driver.put("version", toolVersion);
        Map<String, Problem> firstOfRule = new TreeMap<>();
        problems.forEach(p -> firstOfRule.putIfAbsent(RuleId.of(p), p));
        Map<String, Integer> ruleIndex = new TreeMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Map.Entry<String, Problem> rule : firstOfRule.entrySet()) {
            ruleIndex.put(rule.getKey(), ruleIndex.size());
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.getKey());
            descriptor.putObject("shortDescription").put("text", rule.getKey().replace('-', ' '));
            descriptor.putObject("defaultConfiguration").put("level", level(rule.getValue()));
        }
        ArrayNode results = run.putArray("results");
        for (Problem p : problems) {
            String rule = RuleId.of(p);
            ObjectNode result = results.addObject();
            result.put("ruleId", rule);
            result.put("ruleIndex", ruleIndex.get(rule));
            result.put("level", level(p));
            result.putObject("message").put("text", p.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String uri = uri(p.file());
            artifact.put("uri", uri);
            if (!uri.startsWith("file:")) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            if (p.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", p.line());
                if (p.column() > 0) {
                    region.put("startColumn", p.column());
                }
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        return log;
    }

    private static String level(Problem p) {
        return p.isError() ? "error" : "warning";
    }

    /** A relative path as a relative URI reference (spaces and the like escaped); an absolute one as a file: URI. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean absolute = path.startsWith("/") || path.matches("[A-Za-z]:/.*");
        try {
            if (absolute) {
                return "file://" + new URI(null, null, path.startsWith("/") ? path : "/" + path, null).toASCIIString();
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + file + " as a URI", e);
        }
    }
}
