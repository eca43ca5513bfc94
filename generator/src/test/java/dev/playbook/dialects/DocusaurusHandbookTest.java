package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14: a support handbook written for Docusaurus ({@code docs/} served under {@code /docs/},
 * number prefixes left out of addresses, {@code id:} and {@code slug:} changing the address,
 * links as {@code ./x.md} or {@code /docs/x}).
 */
class DocusaurusHandbookTest {

    @TempDir
    Path dir;

    @Test
    void linksResolveAsDocusaurusResolvedThem() throws Exception {
        ImportedHandbook docusaurus = new ImportedHandbook(dir, "base-path: /docs/\n")
                .file("index.md", """
                        ---
                        slug: /
                        sidebar_position: 1
                        ---
                        # Support handbook

                        Begin with [your first day](/docs/getting-started/first-day), then [refunds](/docs/billing/refunds).
                        The [refund guide](/docs/refund-guide) and [tone](./02-writing/tone.md#short-words).
                        """)
                .file("01-getting-started/index.md", "# Getting started\n\n[First day](./01-first-day.md) and [first week](first-week).\n")
                .file("01-getting-started/01-first-day.md", "# First day\n\nNext: [the first week](./02-first-week.md).\n")
                .file("01-getting-started/02-first-week.md", "# First week\n\nThen [billing](/docs/billing/).\n")
                .file("billing/index.md", "# Billing\n\nSee [refunds](./refund-policy.md) and [the guide](/docs/refund-guide/).\n")
                .file("billing/refund-policy.md", """
                        ---
                        id: refunds
                        title: Refunds
                        ---
                        Write in [our tone](/docs/writing/tone). Unknown: [vouchers](/docs/billing/vouchers).
                        """)
                .file("billing/guide.md", "---\nslug: /refund-guide\ntitle: Refund guide\n---\nFrom [refunds](refunds).\n")
                .file("02-writing/tone.md", "# Tone\n\n## Short words\n\nSee [refunds](../billing/refund-policy.md).\n")
                .build();
        assertEquals(List.of("01-getting-started/01-first-day.html", "billing/refund-policy.html", "billing/guide.html",
                "02-writing/tone.html#short-words"), docusaurus.links("index.html"));
        assertEquals(List.of("01-first-day.html", "02-first-week.html"), docusaurus.links("01-getting-started/index.html"));
        assertEquals(List.of("02-first-week.html"), docusaurus.links("01-getting-started/01-first-day.html"));
        assertEquals(List.of("../billing/index.html"), docusaurus.links("01-getting-started/02-first-week.html"));
        assertEquals(List.of("refund-policy.html", "guide.html"), docusaurus.links("billing/index.html"));
        assertEquals(List.of("../02-writing/tone.html", "/docs/billing/vouchers"), docusaurus.links("billing/refund-policy.html"));
        assertEquals(List.of("refund-policy.html"), docusaurus.links("billing/guide.html"));
        assertEquals(List.of("../billing/refund-policy.html"), docusaurus.links("02-writing/tone.html"));
        assertEquals(List.of("playbook/billing/refund-policy.md:5:62: warning: broken link: nothing at \"billing/vouchers\""),
                docusaurus.linkProblems());
        assertEquals("../billing/guide.html", docusaurus.redirect("refund-guide/index.html"));
    }
}
