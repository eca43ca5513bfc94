package dev.playbook.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.diag.Problem;

import java.util.List;
import java.util.Optional;

/**
 * What open pages are told: the number of the build being served (a page from an older build
 * reloads) and the errors that keep the current source from being published (shown as an overlay).
 *
 * @param build   counts published builds; 0 before the first
 * @param errors  the errors of the last build, empty when it was published
 * @param release the release folder served
 */
record LiveState(long build, List<Problem> errors, int warnings, Optional<String> release) {

    private static final ObjectMapper JSON = new ObjectMapper();

    LiveState {
        errors = List.copyOf(errors);
    }

    /** The state as the event's JSON: {@code {"build": n, "errors": [{"at", "message", "text"}], "warnings": n}}. */
    String json() {
        ObjectNode root = JSON.createObjectNode().put("build", build);
        ArrayNode list = root.putArray("errors");
        for (Problem problem : errors) {
            String at = problem.file() + (problem.line() > 0 ? ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "") : "");
            list.addObject().put("at", at).put("message", problem.message()).put("text", at + ": " + problem.message());
        }
        root.put("warnings", warnings);
        return root.toString();
    }
}
