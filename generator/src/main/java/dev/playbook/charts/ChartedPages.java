package dev.playbook.charts;

import dev.playbook.metrics.Metric;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;

import java.time.LocalDate;
import java.util.Map;

/**
 * Puts each metric's figure and each rollout calendar at the start of the body of the page that
 * declares it, once the body is rendered and post-processed (the SVG goes through neither).
 */
public final class ChartedPages {

    private ChartedPages() {
    }

    public static void insert(Site site, Map<String, PageContent> contents, LocalDate date) {
        insert(site, contents, date, id -> ChartWords.ENGLISH);
    }

    /** @param words each page's chart language, by page id (a page shown untranslated keeps the default language's) */
    public static void insert(Site site, Map<String, PageContent> contents, LocalDate date,
                              java.util.function.Function<String, ChartWords> words) {
        String release = site.config().release();
        for (Metric metric : site.measures().metrics()) {
            contents.computeIfPresent(metric.pageId(), (id, content) -> content.withHtml(MetricFigure.html(metric, date, release,
                    words.apply(id)) + content.html()));
        }
        site.measures().rollouts().forEach(plan -> contents.computeIfPresent(plan.pageId(),
                (id, content) -> content.withHtml(RolloutFigure.html(plan, date) + content.html())));
    }
}
