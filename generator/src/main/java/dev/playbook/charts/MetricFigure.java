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
        return html(metric, builtOn, release, ChartWords.ENGLISH);
    }

    public static String html(Metric metric, LocalDate builtOn, String release, ChartWords w) {
        String id = "metric-" + metric.id();
        List<String> names = metric.seriesNames();
        StringBuilder html = new StringBuilder(16384);
        html.append("<section class=\"metric\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">");
        html.append("<h2 class=\"metric-heading\" id=\"").append(id).append("-heading\">").append(Markup.text(metric.title()))
                .append(Markup.text(w.word("chart.trendAndTarget", ": trend and target"))).append("</h2>");
        html.append("<p class=\"metric-definition\">").append(Markup.text(metric.definition())).append("</p>");
        String main = names.isEmpty() ? "" : names.get(0);
        html.append(facts(metric, main, w));
        html.append(dataDate(metric, builtOn, release, w));
        if (!names.isEmpty()) {
            LineChart.Frame frame = LineChart.frame(metric, 640, 260, false);
            html.append("<figure class=\"chart-figure\">")
                    .append(LineChart.svg(metric, main, id + "-chart", metric.title() + ": " + w.group(metric, main), frame, w))
                    .append("<figcaption>").append(Markup.text(w.word("chart.caption", "{0}, {1}, with its target as a dashed line.",
                            metric.title(), w.group(metric, main).toLowerCase(w.locale())))).append("</figcaption></figure>");
            List<String> groups = names.stream().filter(n -> !n.isEmpty()).toList();
            if (!groups.isEmpty() && !(groups.size() == 1 && main.equals(groups.get(0)))) {
                LineChart.Frame small = LineChart.frame(metric, 300, 150, true);
                html.append("<h3 class=\"metric-groups-heading\">").append(Markup.text(w.word("chart.byGroup", "By group")))
                        .append("</h3><ul class=\"chart-multiples\">");
                for (String group : groups) {
                    html.append("<li><figure class=\"chart-figure chart-small\"><figcaption><span class=\"chart-group\">")
                            .append(Markup.text(w.group(metric, group))).append("</span> ").append(badge(metric, group, w)).append("</figcaption>")
                            .append(LineChart.svg(metric, group, id + "-" + group, metric.title() + ": " + w.group(metric, group), small, w))
                            .append("</figure></li>");
                }
                html.append("</ul>");
            }
            html.append(table(metric, names, id, w));
        }
        return html.append("</section>").toString();
    }

    /** Latest value, target and status of one series. */
    static String facts(Metric metric, String group, ChartWords w) {
        StringBuilder html = new StringBuilder("<dl class=\"metric-facts\">");
        List<Measurement> series = metric.series(group);
        if (!series.isEmpty()) {
            Measurement last = series.get(series.size() - 1);
            html.append("<div><dt>").append(Markup.text(w.word("latest", "Latest"))).append("</dt><dd>")
                    .append(Markup.text(Trend.value(metric, last.value(), w))).append(" <span class=\"metric-when\">(")
                    .append(Markup.text(w.month(last.date()))).append(")</span></dd></div>");
        }
        metric.targetOf(group).ifPresent(t -> html.append("<div><dt>").append(Markup.text(w.word("target", "Target"))).append("</dt><dd>")
                .append(Markup.text(Trend.targetText(metric, t, w))).append("</dd></div>"));
        if (metric.standing(group).isPresent()) {
            html.append("<div><dt>").append(Markup.text(w.word("status", "Status"))).append("</dt><dd>").append(badge(metric, group, w))
                    .append(" <span class=\"metric-gap\">").append(Markup.text(Trend.gap(metric, group, w))).append("</span></dd></div>");
        }
        return html.append("</dl>").toString();
    }

    /** {@code ✓ Met} or {@code ✗ Not met}: a word as well as a symbol and a colour. */
    public static String badge(Metric metric, String group) {
        return badge(metric, group, ChartWords.ENGLISH);
    }

    public static String badge(Metric metric, String group, ChartWords w) {
        Optional<Standing> standing = metric.standing(group);
        if (standing.isEmpty()) {
            return "<span class=\"status status-none\">" + Markup.text(w.word("chart.noTarget", "No target")) + "</span>";
        }
        return standing.get().met()
                ? "<span class=\"status status-met\"><span aria-hidden=\"true\">✓ </span>" + Markup.text(w.word("chart.met", "Met")) + "</span>"
                : "<span class=\"status status-missed\"><span aria-hidden=\"true\">✗ </span>" + Markup.text(w.word("chart.notMet", "Not met"))
                + "</span>";
    }

    /** {@code Data to 30 September 2026 (the latest measurement); release 2026.2, built for 1 October 2026.} */
    public static String dataDate(Metric metric, LocalDate builtOn, String release, ChartWords w) {
        StringBuilder html = new StringBuilder("<p class=\"metric-date\">");
        metric.latestDate().ifPresentOrElse(d -> html.append(around(w.word("dataTo", "Data to {0} (the latest measurement)"),
                        "<time datetime=\"" + d + "\">" + Markup.text(w.day(d)) + "</time>")).append("; "),
                () -> html.append(Markup.text(w.word("chart.noDataYet", "No data yet"))).append("; "));
        return html.append(Markup.text(w.word("releaseBuiltFor", "release {0}, built for", release))).append(" <time datetime=\"")
                .append(builtOn).append("\">").append(Markup.text(w.day(builtOn))).append("</time>.</p>").toString();
    }

    /** A sentence with markup in the place of its {@code {0}}, the words around it escaped. */
    private static String around(String sentence, String html) {
        int at = sentence.indexOf("{0}");
        return at < 0 ? Markup.text(sentence) + " " + html
                : Markup.text(sentence.substring(0, at)) + html + Markup.text(sentence.substring(at + 3));
    }

    static String table(Metric metric, List<String> names, String id, ChartWords w) {
        String unit = metric.unit().isEmpty() ? w.word("chart.plainNumbers", "plain numbers") : w.word("chart.unit." + metric.unit(), metric.unit());
        String better = w.word("direction." + metric.direction().word(), metric.direction().word() + " is better");
        StringBuilder html = new StringBuilder("<details class=\"chart-data\"><summary>")
                .append(Markup.text(w.word("chart.numbersByDate", "The numbers: {0} by date", metric.title())))
                .append("</summary><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(Markup.text(w.word("chart.byDate", "{0} by date", metric.title()))).append("\"><table class=\"data-table chart-table\" id=\"").append(id)
                .append("-table\"><caption>").append(Markup.text(w.word("chart.tableCaption", "{0} in {1}, {2}", metric.title(), unit,
                        w.local() ? better.toLowerCase(w.locale()) : metric.direction().word() + " is better")))
                .append("</caption><thead><tr><th scope=\"col\">").append(Markup.text(w.word("chart.date", "Date"))).append("</th>");
        for (String name : names) {
            html.append("<th scope=\"col\" data-group=\"").append(Markup.text(name)).append("\">").append(Markup.text(w.group(metric, name))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        TreeSet<LocalDate> dates = new TreeSet<>(metric.measurements().stream().map(Measurement::date).toList());
        for (LocalDate date : dates) {
            html.append("<tr><th scope=\"row\"><time datetime=\"").append(date).append("\">").append(w.local() ? Markup.text(w.day(date)) : date)
                    .append("</time></th>");
            for (String name : names) {
                Optional<Measurement> m = metric.series(name).stream().filter(s -> s.date().equals(date)).findFirst();
                html.append(m.isPresent() ? "<td data-value=\"" + Numbers.plain(m.get().value(), metric.scale()) + "\">"
                        + Markup.text(Trend.value(metric, m.get().value(), w)) + "</td>"
                        : "<td><span class=\"visually-hidden\">" + Markup.text(w.word("chart.noValue", "no value")) + "</span></td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">").append(Markup.text(w.word("target", "Target"))).append("</th>");
        for (String name : names) {
            html.append("<td>").append(metric.targetOf(name).map(t -> Markup.text(Trend.value(metric, t, w)))
                    .orElse(Markup.text(w.word("none", "none")))).append("</td>");
        }
        return html.append("</tr></tfoot></table></div></details>").toString();
    }
}
