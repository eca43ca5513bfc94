package dev.playbook.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as a GitLab Code Quality report: a JSON array of issues, each with a description, a
 * check name (the {@link RuleId}), a severity, a path and a first line, and a fingerprint that stays
 * the same while the finding does, so that merge requests show only new and fixed findings. The
 * fingerprint leaves the line out (an edit above a finding does not make it new); identical findings
 * in one file are told apart by their order.
 */
final class GitlabReport {

    private GitlabReport() {
    }

    static ArrayNode of(List<Problem> problems) {
        ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (Problem p : problems) {
            String rule = RuleId.of(p);
            String path = path(p.file());
            String identity = path + "\n" + rule + "\n" + p.message();
            int occurrence = seen.merge(identity, 1, Integer::sum);
            ObjectNode issue = issues.addObject();
            issue.put("description", p.message());
            issue.put("check_name", rule);
            issue.put("fingerprint", sha256(identity + "\n" + occurrence));
            issue.put("severity", p.isError() ? "major" : "minor");
            ObjectNode location = issue.putObject("location");
            location.put("path", path);
            location.putObject("lines").put("begin", Math.max(1, p.line()));
        }
        return issues;
    }

    /**
     * GitLab matches a path against the repository's files, so an absolute one (a source given as
     * an absolute path) is made relative to the folder check runs in, the checkout, when inside it.
     */
    private static String path(String file) {
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                Path here = Path.of("").toAbsolutePath();
                if (path.normalize().startsWith(here)) {
                    return here.relativize(path.normalize()).toString().replace('\\', '/');
                }
            }
        } catch (InvalidPathException e) {
            return file.replace('\\', '/');
        }
        return file.replace('\\', '/');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
