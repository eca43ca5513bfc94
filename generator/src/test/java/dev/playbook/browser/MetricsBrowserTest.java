package dev.playbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's metric charts, scoreboard and rollout calendar in Chromium: drawn in light and dark
 * mode with colours that differ and stand out from the background, the data table holding the
 * chart's numbers, and no axe-core violation on any of them.
 */
@ExtendWith(ChromiumInstalled.class)
class MetricsBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    private static final String CSAT = SampleSite.RELEASE + "/metrics/csat.html";
    private static final String SCOREBOARD = SampleSite.RELEASE + "/scoreboard.html";
    private static final String ROLLOUT = SampleSite.RELEASE + "/rollout/phases.html";

    private void open(String path) {
        SITE.browser().open(SITE.url(Served.HTTP, path));
    }

    private void colourScheme(String scheme) {
        ((HasCdp) SITE.browser().driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private String computed(String css, String property) {
        return SITE.browser().script("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", css, property);
    }

    @Test
    void chartsDrawInLightAndDarkModeWithLinesThatStandOut() {
        List<String> strokes = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme);
            open(CSAT);
            WebElement chart = SITE.browser().find("#metric-csat svg.chart");
            assertTrue(chart.getSize().getWidth() > 300 && chart.getSize().getHeight() > 100, "the chart is drawn: " + chart.getSize());
            String series = computed("#metric-csat-chart .chart-series", "stroke");
            String target = computed("#metric-csat-chart .chart-target", "stroke");
            String background = SITE.browser().script("return getComputedStyle(document.body).backgroundColor;");
            assertNotEquals(series, target, "the target line differs from the series");
            assertTrue(contrast(series, background) >= 3, scheme + ": series " + series + " on " + background);
            assertTrue(contrast(target, background) >= 3, scheme + ": target " + target + " on " + background);
            strokes.add(series);
        }
        colourScheme("light");
        assertNotEquals(strokes.get(0), strokes.get(1), "dark mode has its own line colour");
    }

    @Test
    void theDataTableHoldsTheNumbersTheChartDraws() {
        open(CSAT);
        List<WebElement> points = SITE.browser().findAll("#metric-csat-chart .chart-point");
        assertEquals(18, points.size());
        List<String> drawn = points.stream().map(p -> p.getAttribute("data-date") + "=" + p.getAttribute("data-value")).toList();
        SITE.browser().script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                SITE.browser().find("#metric-csat details.chart-data summary"));
        List<String> tabled = SITE.browser().script("return [...document.querySelectorAll('#metric-csat-table tbody tr')]"
                + ".map(r => r.querySelector('time').getAttribute('datetime') + '=' + r.querySelectorAll('td')[0].textContent.replace('%', ''));");
        assertEquals(drawn, tabled);
        assertTrue(SITE.browser().find("#metric-csat-table").isDisplayed());
    }

    @Test
    void theScoreboardNamesTheGroupsOnTargetFirstAndIsLinkedFromHome() {
        open(SampleSite.RELEASE + "/index.html");
        SITE.browser().script("arguments[0].click();", SITE.browser().find(".home-scoreboard a"));
        SITE.browser().await("the scoreboard", d -> d.getCurrentUrl().endsWith("/scoreboard.html"));
        assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("/scoreboard.html"));
        List<WebElement> wins = SITE.browser().findAll(".wins .win");
        assertFalse(wins.isEmpty());
        assertTrue(wins.get(0).getText().startsWith("West region CSAT at 86.1%"), wins.get(0).getText());
        assertFalse(SITE.browser().findAll(".score-missed").isEmpty(), "some targets are missed");
        assertEquals(12, SITE.browser().findAll(".scoreboard-table svg.sparkline").size());
    }

    @Test
    void theRolloutCalendarMarksTheReleaseDate() {
        open(ROLLOUT);
        WebElement today = SITE.browser().find(".timeline .chart-today");
        assertEquals("2026-10-01", today.getAttribute("data-date"));
        assertTrue(SITE.browser().find(".rollout-table tr.is-current th").getText().startsWith("Walk"));
    }

    @Test
    void axeFindsNoViolationOnTheScoreboardAMetricPageAndTheRolloutCalendar() {
        for (String path : List.of(SCOREBOARD, CSAT, ROLLOUT)) {
            for (String scheme : List.of("light", "dark")) {
                colourScheme(scheme);
                open(path);
                SITE.browser().findAll("details").forEach(d -> SITE.browser().script("arguments[0].open = true;", d));
                assertEquals(List.of(), AxeAudit.load().violations(SITE.browser()), path + " in " + scheme + " mode");
            }
        }
        colourScheme("light");
    }

    /** WCAG contrast of two computed colours, {@code rgb(r, g, b)}. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
