package dev.playbook.postprocess;

import org.jsoup.nodes.Element;

/**
 * Wide tables scroll inside their own focusable region on small screens, so keyboard users can
 * scroll them too; alignment from the Markdown {@code align} attribute becomes a class.
 */
final class ResponsiveTables implements Transform {

    @Override
    public void apply(Element body, ProcessedBody.Builder result) {
        for (Element table : body.select("table")) {
            if (table.parent() != null && table.parent().hasClass("table-wrap")) {
                continue;
            }
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"></div>");
        }
        for (Element cell : body.select("th[align], td[align]")) {
            cell.addClass("align-" + cell.attr("align"));
            cell.removeAttr("align");
        }
    }
}
