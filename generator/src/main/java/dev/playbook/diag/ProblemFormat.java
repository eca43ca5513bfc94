package dev.playbook.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** How problems are printed: for people, for programs (JSON), or as GitHub Actions annotations. */
public enum ProblemFormat {
    TEXT,
    JSON,
    GITHUB;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String format(List<Problem> problems) {
        return switch (this) {
            case TEXT -> text(problems);
            case JSON -> json(problems);
            case GITHUB -> github(problems);
        };
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
                    .put("message", p.message());
        }
        root.put("errors", problems.stream().filter(Problem::isError).count());
        root.put("warnings", problems.stream().filter(p -> !p.isError()).count());
        try {
            return JSON_MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write problems as JSON", e);
        }
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
