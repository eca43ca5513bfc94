package dev.playbook.migrate;

import dev.playbook.build.BuildReport;
import dev.playbook.diag.Problem;
import dev.playbook.diag.SourcePosition;
import dev.playbook.dialects.Conversion;
import dev.playbook.render.MarkdownRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a check of an imported handbook found, as lines to print: pages, links that resolve and
 * links that do not, and other generators' blocks by kind, rendered or kept as text, each with the
 * first place it occurs. The counts come from the check itself: its problems and the constructs
 * the rewriters met, so the report says what {@code playbook build} will do.
 */
public final class MigrationReport {

    /** What the renderer says of template syntax no rewriter took: {@code "{{<" looks like ...}. */
    private static final Pattern FOREIGN = Pattern.compile("^\"(\\{\\{[<%]?|\\{%)\" " + Pattern.quote(MarkdownRenderer.FOREIGN_SYNTAX));

    private MigrationReport() {
    }

    /** A count of one kind, and where it is first met. */
    private record Tally(int count, SourcePosition first) {
        Tally plus(SourcePosition at) {
            return new Tally(count + 1, first);
        }
    }

    public static List<String> lines(BuildReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(row("pages", report.pages() + ""));
        List<Problem> broken = report.problems().stream().filter(p -> isBrokenLink(p.message())).toList();
        long missingAnchors = broken.stream().filter(p -> p.message().startsWith("missing anchor")).count();
        lines.add(row("links", (report.pageLinks() - missingAnchors) + " resolved, " + broken.size() + " broken"
                + (broken.isEmpty() ? "" : " (first: " + place(broken.get(0)) + ")")));
        Map<String, Tally> rendered = new TreeMap<>();
        Map<String, Tally> kept = new TreeMap<>();
        for (Conversion conversion : report.conversions()) {
            count(conversion.rendered() ? rendered : kept, conversion.kind(), conversion.at());
        }
        for (Problem problem : report.problems()) {
            Matcher foreign = FOREIGN.matcher(problem.message());
            if (foreign.find()) {
                count(kept, templateKind(foreign.group(1)), new SourcePosition(problem.file(), problem.line(), problem.column()));
            }
        }
        lines.add("blocks rendered:" + (rendered.isEmpty() ? " none" : ""));
        rendered.forEach((kind, tally) -> lines.add(tally(kind, tally)));
        lines.add("blocks kept as text:" + (kept.isEmpty() ? " none" : ""));
        kept.forEach((kind, tally) -> lines.add(tally(kind, tally)));
        lines.add(row("findings", report.errors() + " error(s), " + report.warnings() + " warning(s)"));
        return lines;
    }

    /** Broken links, ids and anchors as the renderer and the anchor check report them (severity {@code checks.links}). */
    static boolean isBrokenLink(String message) {
        return message.startsWith("broken link:") || message.startsWith("missing anchor:")
                || message.startsWith("unknown id \"") && message.contains(" in [[...]]")
                || message.startsWith("link \"") && message.contains("\" leads outside the playbook")
                || message.equals("empty link destination") || message.equals("javascript: links are not allowed");
    }

    private static String templateKind(String marker) {
        return switch (marker) {
            case "{{<", "{{%" -> "Hugo shortcode";
            case "{%" -> "Liquid tag";
            default -> "template expression";
        };
    }

    private static void count(Map<String, Tally> tallies, String kind, SourcePosition at) {
        tallies.merge(kind, new Tally(1, at), (old, one) -> old.plus(at));
    }

    private static String tally(String kind, Tally tally) {
        return "  " + String.format(Locale.ROOT, "%-20s %5d  first at %s", kind, tally.count(), place(tally.first()));
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-20s %s", label + ":", value);
    }

    private static String place(Problem problem) {
        return place(new SourcePosition(problem.file(), problem.line(), problem.column()));
    }

    private static String place(SourcePosition at) {
        return at.file() + (at.line() > 0 ? ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "") : "");
    }
}
