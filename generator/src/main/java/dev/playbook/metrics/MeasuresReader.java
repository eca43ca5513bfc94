package dev.playbook.metrics;

import dev.playbook.diag.Problems;
import dev.playbook.load.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door: reads the metrics ({@code metric:} or {@code metrics:}) and rollout plans
 * ({@code rollout:}) of every page, with the data files they name. Two metrics with one id are an
 * error naming both.
 */
public final class MeasuresReader {

    /** The front-matter fields this package reads, so the page reader knows them. */
    public static final java.util.Set<String> PAGE_FIELDS = java.util.Set.of("metric", "metrics", "rollout");

    private MeasuresReader() {
    }

    public static Measures read(List<Declaring> pages, List<DataFile> data, Problems problems) {
        Map<String, DataFile> files = new HashMap<>();
        data.forEach(file -> files.put(file.path(), file));
        MetricReader reader = new MetricReader(files);
        List<Metric> metrics = new ArrayList<>();
        Map<String, Declaring> ids = new HashMap<>();
        List<RolloutPlan> rollouts = new ArrayList<>();
        for (Declaring page : pages) {
            List<String> pointers = new ArrayList<>();
            if (new Yaml(page.frontMatter(), problems).present("/metric")) {
                pointers.add("/metric");
            }
            com.fasterxml.jackson.databind.JsonNode list = page.frontMatter().root().path("metrics");
            if (list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    pointers.add("/metrics/" + i);
                }
            } else if (!list.isMissingNode() && !list.isNull()) {
                problems.error(page.frontMatter().valuePositionOf("/metrics"), "\"metrics\" must be a list of metrics");
            }
            for (String pointer : pointers) {
                reader.read(page, pointer, problems).ifPresent(metric -> {
                    Declaring first = ids.putIfAbsent(metric.id(), page);
                    if (first != null) {
                        problems.error(page.frontMatter().positionOf(pointer), "metric id \"" + metric.id() + "\" is already used on "
                                + first.frontMatter().file() + "; give one of them a different \"id:\"");
                    } else {
                        metrics.add(metric);
                    }
                });
            }
            if (new Yaml(page.frontMatter(), problems).present("/rollout")) {
                RolloutReader.read(page, problems).ifPresent(rollouts::add);
            }
        }
        return new Measures(metrics, rollouts);
    }
}
