package dev.playbook.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.YamlDocument;
import dev.playbook.config.YamlException;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.load.DataFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code metric:} mapping of a page's front matter (or each entry of {@code metrics:}):
 * definition, unit, direction, targets, groups, and measurements given inline or in the YAML or
 * CSV file that {@code data:} names beside the page.
 */
final class MetricReader {

    static final Set<String> FIELDS = Set.of("id", "title", "definition", "unit", "direction", "target", "groups", "data",
            "measurements");
    static final Set<String> GROUP_FIELDS = Set.of("id", "title", "target");
    static final Set<String> MEASUREMENT_FIELDS = Set.of("date", "value", "group");
    static final Set<String> CSV_COLUMNS = Set.of("date", "value", "group");
    static final Set<String> DATA_FILE_FIELDS = Set.of("unit", "measurements");

    private final Map<String, DataFile> data;

    MetricReader(Map<String, DataFile> data) {
        this.data = data;
    }

    Optional<Metric> read(Declaring page, String pointer, Problems problems) {
        Yaml yaml = new Yaml(page.frontMatter(), problems);
        YamlDocument doc = page.frontMatter();
        if (!yaml.at(pointer).isObject()) {
            problems.error(doc.valuePositionOf(pointer), "a metric must be a mapping with definition, unit, direction, target"
                    + " and measurements (or data: naming a .csv or .yml file)");
            return Optional.empty();
        }
        yaml.warnUnknown(pointer, FIELDS, "metric");
        boolean ok = true;
        String id = yaml.text(pointer + "/id").map(String::strip).orElse(page.pageId());
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 128) {
            problems.error(doc.valuePositionOf(pointer + "/id"), "metric id \"" + id + "\" may use only lowercase letters,"
                    + " digits and single hyphens, e.g. \"csat\"");
            ok = false;
        }
        String title = yaml.text(pointer + "/title").map(String::strip).filter(t -> !t.isEmpty()).orElse(page.title());
        Optional<String> definition = yaml.text(pointer + "/definition").map(String::strip).filter(t -> !t.isEmpty());
        if (definition.isEmpty()) {
            problems.error(doc.positionOf(pointer), "this metric needs a \"definition:\" saying what is counted and how");
            ok = false;
        }
        Optional<String> unit = yaml.text(pointer + "/unit").map(String::strip);
        if (unit.isEmpty()) {
            problems.error(doc.positionOf(pointer), "this metric needs a \"unit:\" such as \"%\" or \"points\" (\"\" for a plain number)");
            ok = false;
        }
        String unitText = unit.orElse("");
        Optional<Direction> direction = yaml.text(pointer + "/direction").flatMap(Direction::parse);
        if (direction.isEmpty()) {
            problems.error(yaml.present(pointer + "/direction") ? doc.valuePositionOf(pointer + "/direction") : doc.positionOf(pointer),
                    "this metric needs \"direction: higher\" or \"direction: lower\" (which way is better)"
                            + yaml.text(pointer + "/direction").map(d -> ", found \"" + d + "\"").orElse(""));
            ok = false;
        }
        Optional<BigDecimal> target = yaml.present(pointer + "/target")
                ? yaml.number(pointer + "/target", unitText, "the target") : Optional.empty();
        List<Group> groups = groups(yaml, pointer, unitText);
        List<Entry> entries = new ArrayList<>(inline(yaml, pointer + "/measurements"));
        yaml.text(pointer + "/data").ifPresent(name -> entries.addAll(fromFile(page, name, doc.valuePositionOf(pointer + "/data"),
                unitText, problems)));
        List<Measurement> measurements = MeasurementChecks.check(entries, unitText, groups, problems);
        if (!ok) {
            return Optional.empty();
        }
        Metric metric = new Metric(id, page.pageId(), title, definition.get(), unitText, direction.get(), target, groups, measurements);
        if (!yaml.present(pointer + "/target")) {
            List<String> untargeted = new ArrayList<>();
            if (groups.isEmpty() || metric.hasOverall()) {
                untargeted.add("the metric as a whole");
            }
            groups.stream().filter(g -> g.target().isEmpty()).map(Group::title).forEach(untargeted::add);
            if (!untargeted.isEmpty()) {
                problems.error(doc.positionOf(pointer), "target missing for " + String.join(", ", untargeted) + ": give the metric a"
                        + " \"target:\" (in " + (unitText.isEmpty() ? "its numbers" : unitText) + "), or each group its own");
            }
        }
        if (!yaml.present(pointer + "/measurements") && !yaml.present(pointer + "/data")) {
            problems.warning(doc.positionOf(pointer), "this metric has no measurements yet: add \"measurements:\" or \"data:\""
                    + " naming a .csv or .yml file beside the page");
        }
        return Optional.of(metric);
    }

    private List<Group> groups(Yaml yaml, String pointer, String unit) {
        JsonNode node = yaml.at(pointer + "/groups");
        List<Group> groups = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return groups;
        }
        if (!node.isArray()) {
            yaml.problems().error(yaml.doc().valuePositionOf(pointer + "/groups"), "\"groups\" must be a list of {id, title, target}");
            return groups;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/groups/" + i;
            Optional<String> id = node.get(i).isObject() ? yaml.text(at + "/id") : yaml.text(at);
            if (id.isEmpty() || id.get().isBlank()) {
                yaml.problems().error(yaml.doc().valuePositionOf(at), "each group needs an \"id:\" (and may have a title and a target)");
                continue;
            }
            String groupId = id.get().strip();
            if (groups.stream().anyMatch(g -> g.id().equals(groupId))) {
                yaml.problems().error(yaml.doc().valuePositionOf(at), "group \"" + groupId + "\" is listed twice; keep one");
                continue;
            }
            if (node.get(i).isObject()) {
                yaml.warnUnknown(at, GROUP_FIELDS, "group");
            }
            Optional<BigDecimal> target = yaml.present(at + "/target") ? yaml.number(at + "/target", unit, "the target") : Optional.empty();
            groups.add(new Group(groupId, yaml.text(at + "/title").map(String::strip).filter(t -> !t.isEmpty()).orElse(groupId), target));
        }
        return groups;
    }

    /** The measurements of a YAML list: inline in the front matter, or in a data file. */
    private static List<Entry> inline(Yaml yaml, String pointer) {
        JsonNode node = yaml.at(pointer);
        List<Entry> entries = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return entries;
        }
        if (!node.isArray()) {
            yaml.problems().error(yaml.doc().valuePositionOf(pointer), "\"measurements\" must be a list of {date, value, group}");
            return entries;
        }
        YamlDocument doc = yaml.doc();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            if (!node.get(i).isObject()) {
                yaml.problems().error(doc.valuePositionOf(at), "each measurement must be a mapping: {date: 2026-01-31, value: 84.2}");
                continue;
            }
            yaml.warnUnknown(at, MEASUREMENT_FIELDS, "measurement");
            SourcePosition entryAt = doc.valuePositionOf(at);
            entries.add(new Entry(yaml.text(at + "/date").orElse(""), yaml.present(at + "/date") ? doc.valuePositionOf(at + "/date") : entryAt,
                    yaml.text(at + "/value").orElse(""), yaml.readNumber(at + "/value"),
                    yaml.present(at + "/value") ? doc.valuePositionOf(at + "/value") : entryAt,
                    yaml.text(at + "/group").orElse(""), doc.valuePositionOf(at + "/group")));
        }
        return entries;
    }

    private List<Entry> fromFile(Declaring page, String name, SourcePosition at, String unit, Problems problems) {
        Optional<DataFile> file = find(page.sourcePath(), name.strip());
        if (file.isEmpty()) {
            problems.error(at, "no data file \"" + name + "\" beside this page; name a .csv or .yml file in the page's folder"
                    + " (or a path from the playbook's root starting with /)");
            return List.of();
        }
        String lower = file.get().path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return csv(file.get(), problems);
        }
        if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
            problems.error(at, "\"data\" must name a .csv or .yml file, found \"" + name + "\"");
            return List.of();
        }
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(file.get().text(), file.get().display(), 1);
        } catch (YamlException e) {
            problems.add(e.problem());
            return List.of();
        }
        Yaml yaml = new Yaml(doc, problems);
        yaml.warnUnknown("", DATA_FILE_FIELDS, "data file");
        yaml.text("/unit").map(String::strip).filter(u -> !u.equalsIgnoreCase(unit)).ifPresent(u -> problems.error(
                doc.valuePositionOf("/unit"), "unit mismatch: this file is in \"" + u + "\", but the metric on "
                        + page.sourcePath() + " is measured in \"" + unit + "\""));
        if (!yaml.present("/measurements")) {
            problems.error(doc.start(), "a metric's data file needs \"measurements:\", a list of {date, value, group}");
        }
        return inline(yaml, "/measurements");
    }

    private static List<Entry> csv(DataFile file, Problems problems) {
        List<List<CsvTable.Cell>> rows = CsvTable.read(file.text(), file.display(), problems);
        if (rows.isEmpty()) {
            problems.error(new SourcePosition(file.display(), 1, 1), "this CSV file is empty; its first line must name the"
                    + " columns: date,value,group");
            return List.of();
        }
        List<CsvTable.Cell> header = rows.get(0);
        int date = -1;
        int value = -1;
        int group = -1;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).text().strip().toLowerCase(Locale.ROOT);
            switch (column) {
                case "date" -> date = i;
                case "value" -> value = i;
                case "group" -> group = i;
                default -> problems.warning(header.get(i).at(), "unknown column \"" + header.get(i).text() + "\""
                        + dev.playbook.diag.Suggestions.didYouMean(column, CSV_COLUMNS) + "; the columns are date, value and group; it is ignored");
            }
        }
        if (date < 0 || value < 0) {
            problems.error(header.get(0).at(), "the first line must name the columns, at least \"date\" and \"value\""
                    + " (and \"group\" for per-group measurements), found \"" + String.join(",", header.stream().map(CsvTable.Cell::text).toList()) + "\"");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (List<CsvTable.Cell> row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                problems.error(row.get(0).at(), "this row has " + row.size() + (row.size() == 1 ? " cell" : " cells") + " but the header has "
                        + header.size() + "; every row needs " + String.join(",", header.stream().map(CsvTable.Cell::text).toList()));
                continue;
            }
            CsvTable.Cell groupCell = group >= 0 ? row.get(group) : new CsvTable.Cell("", row.get(0).at());
            entries.add(new Entry(row.get(date).text(), row.get(date).at(), row.get(value).text(), Optional.empty(),
                    row.get(value).at(), groupCell.text(), groupCell.at()));
        }
        return entries;
    }

    /** A data file named relative to the page's folder, or from the root with a leading {@code /}. */
    private Optional<DataFile> find(String pagePath, String name) {
        String folder = pagePath.contains("/") ? pagePath.substring(0, pagePath.lastIndexOf('/') + 1) : "";
        String path = name.startsWith("/") ? name.substring(1) : folder + name;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.ofNullable(data.get(String.join("/", parts)));
    }
}
