package dev.playbook.charts;

import dev.playbook.metrics.Phase;
import dev.playbook.metrics.RolloutPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rollout plan as a timeline: one bar per phase over a month axis, a phase with no end running
 * to the edge, and "we are here" at the build's date (the release date), then the phases in a table.
 */
public final class RolloutFigure {

    static final int WIDTH = 720;
    static final int ROW = 34;
    static final int LEFT = 12;
    static final int RIGHT = 12;
    static final int TOP = 40;

    private RolloutFigure() {
    }

    public static String html(RolloutPlan plan, LocalDate today) {
        String id = "rollout-" + plan.pageId();
        StringBuilder html = new StringBuilder(8192);
        html.append("<section class=\"rollout\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">")
                .append("<h2 class=\"rollout-heading\" id=\"").append(id).append("-heading\">").append(Markup.text(plan.title()))
                .append(": calendar</h2>");
        html.append("<p class=\"rollout-date\">We are here: <time datetime=\"").append(today).append("\">").append(Numbers.day(today))
                .append("</time>, ").append(Markup.text(where(plan, today))).append(".</p>");
        html.append("<figure class=\"chart-figure rollout-figure\">").append(svg(plan, today, id)).append("</figure>");
        html.append(table(plan, today, id));
        return html.append("</section>").toString();
    }

    static String svg(RolloutPlan plan, LocalDate today, String id) {
        List<Phase> phases = plan.phases();
        LocalDate first = phases.get(0).start().withDayOfMonth(1);
        LocalDate last = today;
        for (Phase phase : phases) {
            LocalDate end = phase.end().orElse(phase.start());
            last = end.isAfter(last) ? end : last;
        }
        last = last.plusMonths(2).withDayOfMonth(1);
        if (today.isBefore(first)) {
            first = today.withDayOfMonth(1);
        }
        int height = TOP + phases.size() * ROW + 12;
        double span = last.toEpochDay() - first.toEpochDay();
        LocalDate from = first;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + (d.toEpochDay() - from.toEpochDay()) * (WIDTH - LEFT - RIGHT) / span;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(id).append("-title\">")
                .append(Markup.text(plan.title())).append(": phases</title><desc id=\"").append(id).append("-desc\">")
                .append(Markup.text(describe(plan, today))).append("</desc><g class=\"chart-grid\">");
        StringBuilder labels = new StringBuilder("<g class=\"chart-labels\">");
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            String at = Numbers.coord(x.applyAsDouble(month));
            svg.append("<line x1=\"").append(at).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(at).append("\" y2=\"")
                    .append(height - 8).append("\"/>");
            if (month.getMonthValue() % 2 == first.getMonthValue() % 2) {
                labels.append("<text class=\"chart-date-label chart-start\" x=\"").append(Numbers.coord(x.applyAsDouble(month) + 3))
                        .append("\" y=\"").append(TOP - 14).append("\">").append(Numbers.shortMonth(month)).append("</text>");
            }
        }
        svg.append("</g>").append(labels).append("</g>");
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            double start = x.applyAsDouble(phase.start());
            double end = x.applyAsDouble(phase.end().map(e -> e.plusDays(1)).orElse(last));
            int top = TOP + i * ROW;
            svg.append("<rect class=\"chart-phase").append(phase.contains(today) ? " chart-phase-current" : "")
                    .append(phase.end().isEmpty() ? " chart-phase-open" : "").append("\" x=\"").append(Numbers.coord(start))
                    .append("\" y=\"").append(top).append("\" width=\"").append(Numbers.coord(Math.max(2, end - start)))
                    .append("\" height=\"").append(ROW - 10).append("\" rx=\"4\" data-start=\"").append(phase.start()).append("\" data-end=\"")
                    .append(phase.end().map(Object::toString).orElse("")).append("\"/>");
            svg.append("<text class=\"chart-phase-label\" x=\"").append(Numbers.coord(start + 6)).append("\" y=\"").append(top + 16)
                    .append("\">").append(Markup.text(phase.title())).append("</text>");
        }
        String here = Numbers.coord(x.applyAsDouble(today));
        svg.append("<line class=\"chart-today\" x1=\"").append(here).append("\" y1=\"").append(TOP - 26).append("\" x2=\"").append(here)
                .append("\" y2=\"").append(height - 4).append("\" data-date=\"").append(today).append("\"/>")
                .append("<text class=\"chart-today-label\" x=\"").append(Numbers.coord(x.applyAsDouble(today) - 4)).append("\" y=\"")
                .append(TOP - 28).append("\">We are here</text>");
        return svg.append("</svg>").toString();
    }

    /** The phases in words, and where the date falls. */
    static String describe(RolloutPlan plan, LocalDate today) {
        StringBuilder words = new StringBuilder();
        for (Phase phase : plan.phases()) {
            words.append(phase.title()).append(": ").append(dates(phase));
            if (!phase.owner().isEmpty()) {
                words.append(", led by ").append(phase.owner());
            }
            words.append(". ");
        }
        return words.append("We are here on ").append(Numbers.day(today)).append(", ").append(where(plan, today)).append('.').toString();
    }

    static String where(RolloutPlan plan, LocalDate today) {
        Optional<Phase> current = plan.phases().stream().filter(p -> p.contains(today)).reduce((a, b) -> b);
        if (current.isPresent()) {
            return "in the " + current.get().title().toLowerCase(java.util.Locale.ROOT) + " phase";
        }
        Phase first = plan.phases().get(0);
        if (today.isBefore(first.start())) {
            return "before the " + first.title().toLowerCase(java.util.Locale.ROOT) + " phase starts";
        }
        Optional<Phase> next = plan.phases().stream().filter(p -> p.start().isAfter(today)).findFirst();
        return next.map(p -> "between phases, before " + p.title().toLowerCase(java.util.Locale.ROOT)).orElse("after the last phase");
    }

    static String dates(Phase phase) {
        return phase.end().map(e -> Numbers.day(phase.start()) + " to " + Numbers.day(e)).orElse("from " + Numbers.day(phase.start()) + ", ongoing");
    }

    static String table(RolloutPlan plan, LocalDate today, String id) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(Markup.text(plan.title())).append(" phases\"><table class=\"data-table rollout-table\" id=\"").append(id)
                .append("-table\"><caption>").append(Markup.text(plan.title())).append(": phases, owners and training</caption><thead><tr>")
                .append("<th scope=\"col\">Phase</th><th scope=\"col\">Dates</th><th scope=\"col\">Owner</th><th scope=\"col\">Scope</th>")
                .append("<th scope=\"col\">What is trained</th></tr></thead><tbody>");
        for (Phase phase : plan.phases()) {
            html.append("<tr").append(phase.contains(today) ? " class=\"is-current\"" : "").append("><th scope=\"row\">")
                    .append(Markup.text(phase.title())).append(phase.contains(today) ? " <span class=\"rollout-now\">(we are here)</span>" : "")
                    .append("</th><td><time datetime=\"").append(phase.start()).append("\">").append(phase.start()).append("</time>")
                    .append(phase.end().map(e -> " to <time datetime=\"" + e + "\">" + e + "</time>").orElse(", ongoing")).append("</td><td>")
                    .append(Markup.text(phase.owner())).append("</td><td>").append(Markup.text(phase.scope())).append("</td><td>");
            if (phase.training().isEmpty()) {
                html.append("none");
            } else {
                html.append("<ul class=\"rollout-training\">");
                phase.training().forEach(t -> html.append("<li>").append(Markup.text(t)).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }
}
