package dev.playbook.render;

import dev.playbook.charts.MetricFigure;
import dev.playbook.charts.Sparkline;
import dev.playbook.charts.Trend;
import dev.playbook.metrics.Metric;
import dev.playbook.metrics.Standing;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoreboard ({@code scoreboard.html}): every metric with its sparkline, target and status,
 * and first, named loudly, every group that is hitting its target.
 */
final class ScoreboardPage {

    static final String URL = "scoreboard.html";

    /** A group (or the metric as a whole) hitting its target. */
    public record WinView(String group, String metric, String latest, String target, String gap, String href) { }

    /** One series on the scoreboard. */
    public record SeriesView(String title, String sparkline, String latest, String target, String status, String statusHtml,
                             String gap) { }

    /** One metric: its overall series first, then its groups, those on target first. */
    public record MetricRowView(String id, String title, String href, String definition, String unit, String direction,
                                String dataDate, List<SeriesView> series) { }

    public record ScoreboardView(String date, String day, String release, String dataDate, int met, int total, List<WinView> wins,
                                 List<MetricRowView> metrics) { }

    private ScoreboardPage() {
    }

    static boolean applies(Site site) {
        return !site.measures().metrics().isEmpty();
    }

    static GeneratedPages.Generated page(ViewBuilder views) {
        Map<String, Object> model = views.model(URL, Optional.empty(), views.generatedView("scoreboard",
                views.localisation().text("scoreboard"), views.localisation().text("scoreboardSummary"), "scoreboard", "scoreboard", URL, List.of(), List.of()));
        model.put("scoreboard", view(views.site(), views.date(), views.localisation()));
        return new GeneratedPages.Generated(URL, "scoreboard", model);
    }

    /** The home page's link: {@code Scoreboard: 7 of 12 targets met}. */
    static Views.LinkView homeLink(Site site, String from, Localisation words) {
        ScoreboardView view = view(site, LocalDate.EPOCH, words);
        return new Views.LinkView(words.text("scoreboardHomeLink", view.met(), view.total(), view.dataDate()),
                UrlPaths.relative(from, URL));
    }

    static ScoreboardView view(Site site, LocalDate date, Localisation words) {
        String noData = words.word("noDataYet", "no data yet");
        dev.playbook.charts.ChartWords w = words.chartWords();
        List<WinView> wins = new ArrayList<>();
        List<MetricRowView> rows = new ArrayList<>();
        int met = 0;
        int total = 0;
        LocalDate latest = LocalDate.MIN;
        for (Metric metric : site.measures().metrics()) {
            String href = site.byId(metric.pageId()).map(Page::url).map(u -> UrlPaths.relative(URL, u) + "#metric-" + metric.id()).orElse("");
            List<String> names = new ArrayList<>(metric.seriesNames());
            // Groups on target first, each kept in the page's order.
            names.sort(Comparator.comparing((String n) -> !n.isEmpty()).thenComparing(n -> !metric.standing(n).map(Standing::met).orElse(false)));
            List<SeriesView> series = new ArrayList<>();
            for (String name : names) {
                Optional<Standing> standing = metric.standing(name);
                String gap = Trend.gap(metric, name, w);
                String id = "spark-" + metric.id() + (name.isEmpty() ? "" : "-" + name);
                series.add(new SeriesView(w.group(metric, name), Sparkline.svg(metric, name, id, w),
                        standing.map(s -> Trend.describeValue(metric, s.latest().value(), w)).orElse(""),
                        metric.targetOf(name).map(t -> Trend.describeValue(metric, t, w)).orElse(""),
                        standing.map(s -> s.met() ? "met" : "missed").orElse("none"), MetricFigure.badge(metric, name, w), gap));
                if (standing.isPresent()) {
                    total++;
                    if (standing.get().met()) {
                        met++;
                        if (!name.isEmpty()) {
                            wins.add(new WinView(w.group(metric, name), metric.title(), Trend.describeValue(metric, standing.get().latest().value(), w),
                                    Trend.describeValue(metric, standing.get().target(), w), gap, href));
                        }
                    }
                }
            }
            Optional<LocalDate> last = metric.latestDate();
            if (last.isPresent() && last.get().isAfter(latest)) {
                latest = last.get();
            }
            rows.add(new MetricRowView(metric.id(), metric.title(), href, metric.definition(), metric.unit(), metric.direction().word(),
                    last.map(d -> day(d, words)).orElse(noData), series));
        }
        return new ScoreboardView(date.toString(), day(date, words), site.config().release(),
                latest.equals(LocalDate.MIN) ? noData : day(latest, words), met, total, wins, rows);
    }

    /** {@code 30 September 2026} in a one-language playbook (as before), else as the language writes a date. */
    private static String day(LocalDate date, Localisation words) {
        return words.chartWords().day(date);
    }
}
