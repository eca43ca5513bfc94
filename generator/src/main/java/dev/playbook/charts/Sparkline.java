package dev.playbook.charts;

import dev.playbook.metrics.Measurement;
import dev.playbook.metrics.Metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A word-sized chart of one series for the scoreboard: the line, the target, the latest point. */
public final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;

    private Sparkline() {
    }

    public static String svg(Metric metric, String group, String id) {
        return svg(metric, group, id, ChartWords.ENGLISH);
    }

    public static String svg(Metric metric, String group, String id, ChartWords w) {
        LineChart.Frame frame = LineChart.frame(metric, WIDTH + LineChart.LEFT + LineChart.RIGHT, HEIGHT, true);
        Scale y = Scale.nice(frame.values().low(), frame.values().high(), 2, HEIGHT - 3, 3);
        List<Measurement> series = metric.series(group);
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"sparkline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-title\">").append(Markup.text(metric.title() + ", "
                        + w.group(metric, group).toLowerCase(w.local() ? w.locale() : java.util.Locale.ROOT) + ": " + Trend.describe(metric, group, w)))
                .append("</title>");
        Optional<BigDecimal> target = metric.targetOf(group);
        target.ifPresent(t -> svg.append("<line class=\"chart-target\" x1=\"0\" y1=\"").append(Numbers.coord(y.at(t)))
                .append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(Numbers.coord(y.at(t))).append("\"/>"));
        if (!series.isEmpty()) {
            svg.append("<polyline class=\"chart-series\" points=\"");
            for (int i = 0; i < series.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(Numbers.coord(x(series, i))).append(',').append(Numbers.coord(y.at(series.get(i).value())));
            }
            Measurement last = series.get(series.size() - 1);
            svg.append("\"/><circle class=\"chart-point chart-latest\" cx=\"").append(Numbers.coord(x(series, series.size() - 1)))
                    .append("\" cy=\"").append(Numbers.coord(y.at(last.value()))).append("\" r=\"2.5\" data-date=\"").append(last.date())
                    .append("\" data-value=\"").append(Numbers.plain(last.value(), metric.scale())).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(List<Measurement> series, int i) {
        long first = series.get(0).date().toEpochDay();
        long span = series.get(series.size() - 1).date().toEpochDay() - first;
        return span == 0 ? WIDTH / 2.0 : 3 + (series.get(i).date().toEpochDay() - first) * (WIDTH - 6.0) / span;
    }
}
