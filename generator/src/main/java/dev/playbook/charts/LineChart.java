package dev.playbook.charts;

import dev.playbook.metrics.Measurement;
import dev.playbook.metrics.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One series of a metric as an SVG line chart: value gridlines and labels, month labels, the
 * target as a dashed line, each measurement a point carrying its date and value, the latest one
 * marked. Colours come from classes ({@code chart-*}), so the theme's CSS decides them.
 */
final class LineChart {

    /** The frame shared by the charts of one metric, so small multiples compare at a glance. */
    record Frame(LocalDate first, LocalDate last, Scale values, int width, int height, boolean compact) { }

    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 14;
    static final int BOTTOM = 30;

    private LineChart() {
    }

    /** A frame over every series and target of the metric. */
    static Frame frame(Metric metric, int width, int height, boolean compact) {
        List<BigDecimal> values = new ArrayList<>(metric.measurements().stream().map(Measurement::value).toList());
        metric.target().ifPresent(values::add);
        metric.groups().forEach(g -> g.target().ifPresent(values::add));
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        Scale scale = Scale.nice(min, max, compact ? 3 : 5, height - BOTTOM, TOP);
        LocalDate first = metric.measurements().isEmpty() ? LocalDate.EPOCH : metric.measurements().get(0).date();
        LocalDate last = metric.latestDate().orElse(first);
        return new Frame(first, last, scale, width, height, compact);
    }

    static String svg(Metric metric, String group, String id, String title, Frame frame) {
        return svg(metric, group, id, title, frame, ChartWords.ENGLISH);
    }

    static String svg(Metric metric, String group, String id, String title, Frame frame, ChartWords w) {
        List<Measurement> series = metric.series(group);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg id=\"").append(id).append("\" class=\"chart").append(frame.compact() ? " chart-compact" : "").append("\" viewBox=\"0 0 ")
                .append(frame.width()).append(' ').append(frame.height()).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Markup.text(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Markup.text(Trend.describe(metric, group, w))).append("</desc>");
        Scale y = frame.values();
        double right = frame.width() - RIGHT;
        svg.append("<g class=\"chart-grid\">");
        for (BigDecimal tick : y.ticks()) {
            String at = Numbers.coord(y.at(tick));
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(at).append("\" x2=\"").append(Numbers.coord(right))
                    .append("\" y2=\"").append(at).append("\"/>");
        }
        svg.append("</g><g class=\"chart-labels\">");
        for (BigDecimal tick : y.ticks()) {
            svg.append("<text class=\"chart-value-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(Numbers.coord(y.at(tick) + 4))
                    .append("\">").append(Markup.text(w.withUnit(tick, y.tickScale(), metric.unit().length() > 2 ? "" : metric.unit())))
                    .append("</text>");
        }
        for (LocalDate month : monthTicks(frame)) {
            svg.append("<text class=\"chart-date-label\" x=\"").append(Numbers.coord(x(month, frame))).append("\" y=\"")
                    .append(frame.height() - 10).append("\">").append(Markup.text(w.shortMonth(month))).append("</text>");
        }
        svg.append("</g>");
        Optional<BigDecimal> target = metric.targetOf(group);
        if (target.isPresent()) {
            String at = Numbers.coord(y.at(target.get()));
            svg.append("<line class=\"chart-target\" x1=\"").append(LEFT).append("\" y1=\"").append(at).append("\" x2=\"")
                    .append(Numbers.coord(right)).append("\" y2=\"").append(at).append("\"/>");
            svg.append("<text class=\"chart-target-label\" x=\"").append(Numbers.coord(right - 2)).append("\" y=\"")
                    .append(Numbers.coord(y.at(target.get()) - 4)).append("\">")
                    .append(Markup.text(w.word("chart.targetLabel", "Target {0}", Trend.value(metric, target.get(), w)))).append("</text>");
        }
        if (!series.isEmpty()) {
            svg.append("<polyline class=\"chart-series\" points=\"");
            for (int i = 0; i < series.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(Numbers.coord(x(series.get(i).date(), frame))).append(',')
                        .append(Numbers.coord(y.at(series.get(i).value())));
            }
            svg.append("\"/><g class=\"chart-points\">");
            for (int i = 0; i < series.size(); i++) {
                Measurement m = series.get(i);
                boolean latest = i == series.size() - 1;
                svg.append("<circle class=\"chart-point").append(latest ? " chart-latest" : "").append("\" cx=\"")
                        .append(Numbers.coord(x(m.date(), frame))).append("\" cy=\"").append(Numbers.coord(y.at(m.value())))
                        .append("\" r=\"").append(latest ? (frame.compact() ? "3.5" : "4.5") : (frame.compact() ? "1.5" : "2.5"))
                        .append("\" data-date=\"").append(m.date()).append("\" data-value=\"")
                        .append(Numbers.plain(m.value(), metric.scale())).append("\"/>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    static double x(LocalDate date, Frame frame) {
        long span = frame.last().toEpochDay() - frame.first().toEpochDay();
        double right = frame.width() - RIGHT - 8;
        double left = LEFT + 8;
        if (span <= 0) {
            return (left + right) / 2;
        }
        return left + (date.toEpochDay() - frame.first().toEpochDay()) * (right - left) / span;
    }

    /** The first day of each quarter (each half year when compact) inside the frame. */
    static List<LocalDate> monthTicks(Frame frame) {
        List<LocalDate> ticks = new ArrayList<>();
        int every = frame.compact() ? 6 : 3;
        LocalDate month = frame.first().withDayOfMonth(1);
        if (month.isBefore(frame.first())) {
            month = month.plusMonths(1);
        }
        while (month.getMonthValue() % every != 1 % every) {
            month = month.plusMonths(1);
        }
        for (; !month.isAfter(frame.last()); month = month.plusMonths(every)) {
            ticks.add(month);
        }
        return ticks;
    }
}
