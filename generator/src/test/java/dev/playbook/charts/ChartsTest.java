package dev.playbook.charts;

import dev.playbook.metrics.Direction;
import dev.playbook.metrics.Group;
import dev.playbook.metrics.Measurement;
import dev.playbook.metrics.Metric;
import dev.playbook.metrics.Phase;
import dev.playbook.metrics.RolloutPlan;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG the charts write: well-formed XML, accessible, points where the data says, the same bytes every time. */
class ChartsTest {

    static Metric metric() {
        List<Measurement> data = new ArrayList<>();
        String[] values = {"80.1", "81.4", "79.9", "83.0", "84.6"};
        for (int i = 0; i < values.length; i++) {
            LocalDate date = LocalDate.of(2026, 1, 31).plusMonths(i).withDayOfMonth(1).plusMonths(1).minusDays(1);
            data.add(new Measurement(date, new BigDecimal(values[i]), ""));
            data.add(new Measurement(date, new BigDecimal(values[i]).subtract(BigDecimal.ONE), "east"));
        }
        return new Metric("csat", "csat", "CSAT & <more>", "Share rating 4 or 5.", "%", Direction.HIGHER, Optional.of(new BigDecimal("84")),
                List.of(new Group("east", "East", Optional.of(new BigDecimal("85")))), data);
    }

    static Document xml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLineChartIsWellFormedAccessibleAndItsPointsFollowTheData() throws Exception {
        Metric metric = metric();
        LineChart.Frame frame = LineChart.frame(metric, 640, 260, false);
        String svg = LineChart.svg(metric, "", "c", "CSAT & <more>", frame);
        Element root = xml(svg).getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("c-title c-desc", root.getAttribute("aria-labelledby"));
        assertEquals("CSAT & <more>", root.getElementsByTagName("title").item(0).getTextContent());
        String desc = root.getElementsByTagName("desc").item(0).getTextContent();
        assertEquals("Rose from 80.1% in January 2026 to 84.6% in May 2026 (5 measurements, lowest 79.9%, highest 84.6%)."
                + " Target at least 84.0%: met, 0.6 percentage points above it.", desc);
        NodeList circles = root.getElementsByTagName("circle");
        assertEquals(5, circles.getLength());
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            assertEquals(metric.series("").get(i).value().toPlainString(), circle.getAttribute("data-value"));
            assertEquals(metric.series("").get(i).date().toString(), circle.getAttribute("data-date"));
            double y = Double.parseDouble(circle.getAttribute("cy"));
            assertEquals(frame.values().at(metric.series("").get(i).value()), y, 0.051);
            ys.add(y);
        }
        // Higher values are drawn higher up: 79.9 (third) lowest on the page, 84.6 (last) highest.
        assertTrue(ys.get(2) > ys.get(0) && ys.get(4) < ys.get(3), ys::toString);
        Element target = (Element) root.getElementsByTagName("line").item(root.getElementsByTagName("line").getLength() - 1);
        assertEquals("chart-target", target.getAttribute("class"));
        assertEquals(frame.values().at(new BigDecimal("84")), Double.parseDouble(target.getAttribute("y1")), 0.051);
        assertTrue(!svg.contains("style="), "no inline style: the page's CSP forbids it");
        assertTrue(!svg.matches("(?s).*\\d[eE][+-]?\\d.*") && !svg.contains("0000001"), "no exponent or floating noise: " + svg);
    }

    @Test
    void everyFigureIsTheSameBytesEveryTimeAndItsFragmentsParse() throws Exception {
        Metric metric = metric();
        String first = MetricFigure.html(metric, LocalDate.of(2026, 10, 1), "2026.2");
        assertEquals(first, MetricFigure.html(metric(), LocalDate.of(2026, 10, 1), "2026.2"));
        xml(first.replace("<details", "<details xmlns:x=\"x\"")); // the whole figure is well-formed XML too
        assertTrue(first.contains("Data to <time datetime=\"2026-05-31\">31 May 2026</time>"), first);
        assertTrue(first.contains("<span class=\"status status-missed\">"), "East (83.6 against 85) is short of its target");
        String spark = Sparkline.svg(metric, "east", "s");
        assertEquals(spark, Sparkline.svg(metric(), "east", "s"));
        assertEquals("img", xml(spark).getDocumentElement().getAttribute("role"));
    }

    @Test
    void theRolloutTimelineMarksTheReleaseDateInWordsAndInTheDrawing() throws Exception {
        RolloutPlan plan = new RolloutPlan("phases", "Rollout", List.of(
                new Phase("Crawl", LocalDate.of(2026, 5, 4), Optional.of(LocalDate.of(2026, 6, 28)), "Care manager", "", List.of("Standards")),
                new Phase("Walk", LocalDate.of(2026, 7, 6), Optional.of(LocalDate.of(2026, 10, 4)), "Leads", "", List.of()),
                new Phase("Run", LocalDate.of(2026, 10, 5), Optional.empty(), "Everyone", "", List.of())));
        String html = RolloutFigure.html(plan, LocalDate.of(2026, 10, 1));
        assertEquals(html, RolloutFigure.html(plan, LocalDate.of(2026, 10, 1)));
        Document doc = xml(RolloutFigure.svg(plan, LocalDate.of(2026, 10, 1), "r"));
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.endsWith("We are here on 1 October 2026, in the walk phase."), desc);
        assertEquals(3, doc.getElementsByTagName("rect").getLength());
        assertTrue(html.contains("Walk <span class=\"rollout-now\">(we are here)</span>"), html);
    }
}
