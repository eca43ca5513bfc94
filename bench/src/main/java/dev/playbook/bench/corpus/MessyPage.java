package dev.playbook.bench.corpus;

import java.util.Locale;
import java.util.Random;

/** One page of the realistic corpus: a clean page with what years of many editors add to it. */
final class MessyPage {
    private final int index;
    private final Random random;
    private final OldLinks oldLinks;

    MessyPage(int index, Random random, OldLinks oldLinks) {
        this.index = index;
        this.random = random;
        this.oldLinks = oldLinks;
    }

    /** The page's new text; {@code deep}: it moves four folders down, so its own links get four more {@code ../}. */
    String rewrite(String text, boolean deep) {
        int end = text.indexOf("\n---\n", 4);
        StringBuilder out = new StringBuilder(text.substring(0, end + 1));
        frontMatter(out);
        out.append("---\n");
        String body = text.substring(end + 5);
        StringBuilder extra = new StringBuilder(body);
        extra.append(oldLinks.paragraph(index, random));
        if (index % 3 == 1) {
            extra.append(RawHtml.block(index / 3)).append('\n');
        }
        if (index % 2 == 0) {
            extra.append(RawHtml.table(index % 40 == 20 ? RealisticPlaybook.LARGE_TABLE_ROWS : 6, random));
        }
        if (index % 100 == 50) {
            String paragraphs = body.replaceAll("(?m)^#+ .*$", "").strip() + "\n\n";
            int part = 0;
            while (extra.length() < RealisticPlaybook.LARGE_PAGE_BYTES) {
                extra.append("## Appendix ").append(++part).append("\n\n").append(paragraphs);
            }
        }
        String all = extra.toString();
        return out.append(deep ? all.replace("](", "](../../../../") : all).toString();
    }

    /** Fields of the team's roles and reviews, and of the generator the page came from (Hugo, Jekyll, Docusaurus, MkDocs). */
    private void frontMatter(StringBuilder out) {
        if (index % 3 == 0) {
            out.append("owner: ").append(Role.ALL.get(index % Role.ALL.size()).id()).append('\n');
        }
        if (index % 5 == 0) {
            out.append("audience: [associate]\n");
        }
        if (index % 7 == 0) {
            out.append("reviewed: 2025-0").append(1 + index % 9).append("-1").append(index % 10).append('\n');
        }
        switch (index % 4) {
            case 0 -> out.append("draft: false\nlastmod: 2024-0").append(1 + index % 9).append("-2").append(index % 8)
                    .append("T10:00:00Z\n").append(index % 10 == 0 ? String.format(Locale.ROOT, "aliases: [\"/old/page-%d/\"]%n", index) : "");
            case 1 -> out.append("layout: page\ncategories: [support, ").append(index % 2 == 0 ? "returns" : "billing").append("]\n");
            case 2 -> out.append("sidebar_position: ").append(index % 17).append("\nsidebar_label: \"Page ").append(index)
                    .append("\"\ndescription: \"Notes: kept from the old site\"\n");
            default -> out.append("hide: [toc]\nmenu:\n  main:\n    parent: guides\n    weight: ").append(index % 13).append('\n');
        }
    }
}
