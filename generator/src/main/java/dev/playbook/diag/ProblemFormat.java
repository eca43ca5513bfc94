package dev.playbook.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How problems are printed: for people, for programs (JSON), as GitHub Actions annotations, or as the
 * reports CI systems read natively (SARIF for code scanning, GitLab Code Quality, JUnit XML).
 */
public enum ProblemFormat {
    TEXT,
    JSON,
    GITHUB,
    SARIF,
    GITLAB,
    JUNIT;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The format named {@code name} (any case), as {@code --format} takes it. */
    public static Optional<ProblemFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Every format's name, for a usage message: "text, json, github, sarif, gitlab or junit". */
    public static String labels() {
        String all = Arrays.stream(values()).map(ProblemFormat::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name of a report in this format ({@code playbook.sarif}), for tools that write one. */
    public String fileName() {
        return switch (this) {
            case TEXT -> "playbook-check.txt";
            case JSON -> "playbook-check.json";
            case GITHUB -> "playbook-check.github.txt";
            case SARIF -> "playbook.sarif";
            case GITLAB -> "gl-code-quality-report.json";
            case JUNIT -> "TEST-playbook.xml";
        };
    }

    public String format(List<Problem> problems) {
        return format(problems, "development");
    }

    /** The problems in this format; {@code toolVersion} is the generator's, for the reports that name it. */
    public String format(List<Problem> problems, String toolVersion) {
        return switch (this) {
            case TEXT -> text(problems);
            case JSON -> json(problems);
            case GITHUB -> github(problems);
            case SARIF -> write(SarifReport.of(problems, toolVersion));
            case GITLAB -> write(GitlabReport.of(problems));
            case JUNIT -> JunitReport.of(problems);
        };
    }

    private static String write(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            return JSON_MAPPER.writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write problems as JSON", e);
        }
    }

    private static String text(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.format()).append('\n'));
        return out.toString();
    }

    private static String json(List<Problem> problems) {
        ObjectNode root = JSON_MAPPER.createObjectNode();
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            list.addObject()
                    .put("file", p.file())
                    .put("line", p.line())
                    .put("column", p.column())
                    .put("severity", p.severity().label())
                    .put("rule", RuleId.of(p))
                    .put("message", p.message());
        }
        root.put("errors", problems.stream().filter(Problem::isError).count());
        root.put("warnings", problems.stream().filter(p -> !p.isError()).count());
        return write(root);
    }

    /** {@code ::error file=F,line=L,col=C::message}, escaped as the workflow-command syntax requires. */
    private static String github(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append("::").append(p.isError() ? "error" : "warning").append(" file=").append(property(p.file()));
            if (p.line() > 0) {
                out.append(",line=").append(p.line());
            }
            if (p.column() > 0) {
                out.append(",col=").append(p.column());
            }
            out.append("::").append(data(p.message())).append('\n');
        }
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
