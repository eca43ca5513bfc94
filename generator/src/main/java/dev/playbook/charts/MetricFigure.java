package dev.playbook.charts;

import dev.playbook.metrics.Measurement;
import dev.playbook.metrics.Metric;
import dev.playbook.metrics.Standing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A metric on its page: definition, latest value against the target (met or not, with the gap),
 * the date of the data, the chart of the metric as a whole, small multiples per group, and every
 * number in a table under a disclosure.
 */
public final class MetricFigure {

    private MetricFigure() {
    }

    /** @param builtOn the build's date (the release date); @param release the release's name */
    public static String html(Metric metric, LocalDate builtOn, String release) {
        String id = "metric-" + metric.id();
        List<String> names = metric.seriesNames();
        StringBuilder html = new StringBuilder(16384);
        html.append("<section class=\"metric\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">");
        html.append("<h2 class=\"metric-heading\" id=\"").append(id).append("-heading\">").append(Markup.text(metric.title()))
                .append(": trend and target</h2>");
        html.append("<p class=\"metric-definition\">").append(Markup.text(metric.definition())).append("</p>");
        String main = names.isEmpty() ? "" : names.get(0);
        html.append(facts(metric, main));
        html.append(dataDate(metric, builtOn, release));
        if (!names.isEmpty()) {
            LineChart.Frame frame = LineChart.frame(metric, 640, 260, false);
            html.append("<figure class=\"chart-figure\">")
                    .append(LineChart.svg(metric, main, id + "-chart", metric.title() + ": " + metric.groupTitle(main), frame))
                    .append("<figcaption>").append(Markup.text(metric.title() + ", " + metric.groupTitle(main).toLowerCase(java.util.Locale.ROOT)
                            + ", with its target as a dashed line.")).append("</figcaption></figure>");
            List<String> groups = names.stream().filter(n -> !n.isEmpty()).toList();
            if (!groups.isEmpty() && !(groups.size() == 1 && main.equals(groups.get(0)))) {
                LineChart.Frame small = LineChart.frame(metric, 300, 150, true);
                html.append("<h3 class=\"metric-groups-heading\">By group</h3><ul class=\"chart-multiples\">");
                for (String group : groups) {
                    html.append("<li><figure class=\"chart-figure chart-small\"><figcaption><span class=\"chart-group\">")
                            .append(Markup.text(metric.groupTitle(group))).append("</span> ").append(badge(metric, group)).append("</figcaption>")
                            .append(LineChart.svg(metric, group, id + "-" + group, metric.title() + ": " + metric.groupTitle(group), small))
                            .append("</figure></li>");
                }
                html.append("</ul>");
            }
            html.append(table(metric, names, id));
        }
        return html.append("</section>").toString();
    }

    /** Latest value, target and status of one series. */
    static String facts(Metric metric, String group) {
        StringBuilder html = new StringBuilder("<dl class=\"metric-facts\">");
        List<Measurement> series = metric.series(group);
        if (!series.isEmpty()) {
            Measurement last = series.get(series.size() - 1);
            html.append("<div><dt>Latest</dt><dd>").append(Markup.text(Trend.value(metric, last.value()))).append(" <span class=\"metric-when\">(")
                    .append(Numbers.month(last.date())).append(")</span></dd></div>");
        }
        metric.targetOf(group).ifPresent(t -> html.append("<div><dt>Target</dt><dd>").append(metric.direction().word().equals("higher")
                ? "at least " : "at most ").append(Markup.text(Trend.value(metric, t))).append("</dd></div>"));
        if (metric.standing(group).isPresent()) {
            html.append("<div><dt>Status</dt><dd>").append(badge(metric, group)).append(" <span class=\"metric-gap\">")
                    .append(Markup.text(Trend.gap(metric, group))).append("</span></dd></div>");
        }
        return html.append("</dl>").toString();
    }

    /** {@code ✓ Met} or {@code ✗ Not met}: a word as well as a symbol and a colour. */
    public static String badge(Metric metric, String group) {
        Optional<Standing> standing = metric.standing(group);
        if (standing.isEmpty()) {
            return "<span class=\"status status-none\">No target</span>";
        }
        return standing.get().met()
                ? "<span class=\"status status-met\"><span aria-hidden=\"true\">✓ </span>Met</span>"
                : "<span class=\"status status-missed\"><span aria-hidden=\"true\">✗ </span>Not met</span>";
    }

    /** {@code Data to 30 September 2026 (the latest measurement); release 2026.2, built for 1 October 2026.} */
    public static String dataDate(Metric metric, LocalDate builtOn, String release) {
        StringBuilder html = new StringBuilder("<p class=\"metric-date\">");
        metric.latestDate().ifPresentOrElse(d -> html.append("Data to <time datetime=\"").append(d).append("\">").append(Numbers.day(d))
                .append("</time> (the latest measurement); "), () -> html.append("No data yet; "));
        return html.append("release ").append(Markup.text(release)).append(", built for <time datetime=\"").append(builtOn).append("\">")
                .append(Numbers.day(builtOn)).append("</time>.</p>").toString();
    }

    static String table(Metric metric, List<String> names, String id) {
        StringBuilder html = new StringBuilder("<details class=\"chart-data\"><summary>The numbers: ").append(Markup.text(metric.title()))
                .append(" by date</summary><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(Markup.text(metric.title())).append(" by date\"><table class=\"data-table chart-table\" id=\"").append(id)
                .append("-table\"><caption>").append(Markup.text(metric.title())).append(" in ")
                .append(Markup.text(metric.unit().isEmpty() ? "plain numbers" : metric.unit())).append(", ")
                .append(metric.direction().word()).append(" is better</caption><thead><tr><th scope=\"col\">Date</th>");
        for (String name : names) {
            html.append("<th scope=\"col\" data-group=\"").append(Markup.text(name)).append("\">").append(Markup.text(metric.groupTitle(name))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        TreeSet<LocalDate> dates = new TreeSet<>(metric.measurements().stream().map(Measurement::date).toList());
        for (LocalDate date : dates) {
            html.append("<tr><th scope=\"row\"><time datetime=\"").append(date).append("\">").append(date).append("</time></th>");
            for (String name : names) {
                Optional<Measurement> m = metric.series(name).stream().filter(s -> s.date().equals(date)).findFirst();
                html.append(m.isPresent() ? "<td data-value=\"" + Numbers.plain(m.get().value(), metric.scale()) + "\">"
                        + Markup.text(Trend.value(metric, m.get().value())) + "</td>" : "<td><span class=\"visually-hidden\">no value</span></td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">Target</th>");
        for (String name : names) {
            html.append("<td>").append(metric.targetOf(name).map(t -> Markup.text(Trend.value(metric, t))).orElse("none")).append("</td>");
        }
        return html.append("</tr></tfoot></table></div></details>").toString();
    }
}
