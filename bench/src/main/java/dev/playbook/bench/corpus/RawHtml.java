package dev.playbook.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Raw HTML blocks as many hands wrote them into real handbooks over the years: a note box, a
 * collapsible section, presentational tags, inline styles, an event handler, an embedded video, a
 * stray script, a layout table. Each is something the build must clean and warn about, never a crash.
 */
final class RawHtml {
    private RawHtml() {
    }

    static final List<String> BLOCKS = List.of(
            "<div class=\"note\">\n<p>Ask the <b>team lead</b> before you <a href=\"#older-notes\">promise</a>"
                    + " anything.</p>\n<table><tr><td>old</td><td>new</td></tr></table>\n</div>\n",
            "<details><summary>Escalation matrix</summary>\n\n| Level | Who | Within |\n|---|---|---|\n"
                    + "| 1 | associate | 1 day |\n| 2 | team lead | 2 days |\n\n</details>\n",
            "<center><font color=\"red\" size=\"4\"><b>Do not refund in cash</b></font></center>\n",
            "<p align=\"right\"><img src=\"../images/screenshot-%d.png\" width=\"300\" alt=\"The case screen\"></p>\n",
            "<span style=\"color:#c00\">Urgent:</span> call back within <u>24 hours</u><br>\n",
            "<div onclick=\"track('faq-%d')\"><a href=\"javascript:void(0)\">Open the FAQ</a></div>\n",
            "<!-- TODO: review after the migration -->\n<iframe src=\"https://video.example.com/training-%d\" width=\"560\"></iframe>\n",
            "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: %d});</script>\n",
            "<table border=\"1\" cellpadding=\"4\" style=\"width:100%%\">\n<thead><tr><th>Code</th><th>Meaning</th></tr></thead>\n"
                    + "<tbody>\n<tr><td>DLV-LATE</td><td>Late delivery</td></tr>\n<tr><td>DMG</td><td>Damaged on arrival</td></tr>\n"
                    + "<tr><td>%d</td><td>Other</td></tr>\n</tbody>\n</table>\n");

    /** The block for the {@code index}-th page that has one, its blanks filled with the page's number. */
    static String block(int index) {
        return String.format(Locale.ROOT, BLOCKS.get(index % BLOCKS.size()), index);
    }

    /** A Markdown table of {@code rows} cases. */
    static String table(int rows, Random random) {
        StringBuilder out = new StringBuilder("| Case | Channel | Owner | Due | Status | Note |\n|---|---|---|---|---|---|\n");
        for (int row = 0; row < rows; row++) {
            out.append(String.format(Locale.ROOT, "| %d | %s | team %d | %d days | %s | %s |%n", random.nextInt(9000) + 1000,
                    row % 2 == 0 ? "phone" : "email", random.nextInt(20), 1 + random.nextInt(14),
                    random.nextBoolean() ? "open" : "closed", random.nextBoolean() ? "**urgent**" : "see `DLV-LATE`"));
        }
        return out.append('\n').toString();
    }
}
