package dev.playbook.diag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as JUnit XML, which every CI system shows as test results: one test suite per file with
 * findings, each finding a test case that failed ({@code classname} the file, {@code name} the
 * position and {@link RuleId}, {@code file} and {@code line} for the tools that annotate sources); a clean check is one suite with one passing test case. No times or
 * timestamps, so the same playbook gives the same report.
 */
final class JunitReport {

    private static final String SUITES = "playbook check";

    private JunitReport() {
    }

    static String of(List<Problem> problems) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new java.util.ArrayList<>()).add(p));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = Math.max(1, problems.size());
        xml.append("<testsuites name=\"").append(SUITES).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(problems.size()).append("\" errors=\"0\">\n");
        if (problems.isEmpty()) {
            xml.append("  <testsuite name=\"").append(SUITES).append("\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n");
            xml.append("    <testcase classname=\"playbook\" name=\"no errors or warnings\"/>\n");
            xml.append("  </testsuite>\n");
        }
        for (Map.Entry<String, List<Problem>> file : byFile.entrySet()) {
            List<Problem> found = file.getValue();
            xml.append("  <testsuite name=\"").append(attribute(file.getKey())).append("\" tests=\"").append(found.size())
                    .append("\" failures=\"").append(found.size()).append("\" errors=\"0\" skipped=\"0\">\n");
            for (Problem p : found) {
                xml.append("    <testcase classname=\"").append(attribute(p.file())).append("\" name=\"")
                        .append(attribute(position(p) + " " + RuleId.of(p))).append("\" file=\"").append(attribute(p.file()))
                        .append(p.line() > 0 ? "\" line=\"" + p.line() : "").append("\">\n");
                xml.append("      <failure type=\"").append(p.severity().label()).append("\" message=\"")
                        .append(attribute(p.message())).append("\">").append(text(p.format())).append("</failure>\n");
                xml.append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String position(Problem p) {
        if (p.line() == 0) {
            return "(file)";
        }
        return p.column() == 0 ? "line " + p.line() : "line " + p.line() + ", column " + p.column();
    }

    /** Text content, with characters XML 1.0 cannot hold at all (NUL and other controls) written as escapes. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF || c >= 0xD800 && c <= 0xDFFF) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
