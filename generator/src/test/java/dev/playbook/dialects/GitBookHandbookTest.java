package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a support handbook written for GitBook ({@code README.md} as the home and as each
 * folder's page, {@code SUMMARY.md} listing every page, relative {@code .md} links, links to folders).
 */
class GitBookHandbookTest {

    @TempDir
    Path dir;

    @Test
    void readmesAreFolderPagesAndLinksResolve() {
        ImportedHandbook gitbook = new ImportedHandbook(dir, "")
                .file("README.md", "# Support handbook\n\nStart at [support](support/README.md) or [billing](billing/).\n")
                .file("SUMMARY.md", """
                        # Summary

                        * [Introduction](README.md)
                        * [Support](support/README.md)
                          * [On call](support/on-call.md)
                          * [Escalations](support/escalations.md)
                        * [Billing](billing/README.md)
                          * [Refunds](billing/refunds.md)
                          * [Disputes](billing/disputes.md)
                        """)
                .file("support/README.md", "# Support\n\n[On call](on-call.md), [escalations](escalations.md), [home](../README.md).\n")
                .file("support/on-call.md", "# On call\n\n[Escalate](escalations.md#who) and [refunds](../billing/refunds.md).\n")
                .file("support/escalations.md", "# Escalations\n\n## Who\n\nThe lead. [Support](./).\n")
                .file("billing/README.md", "# Billing\n\n[Refunds](refunds.md) and [disputes](disputes.md).\n")
                .file("billing/refunds.md", "# Refunds\n\nSee [disputes](disputes.md) and [billing](README.md).\n")
                .file("billing/disputes.md", "# Disputes\n\n[Refunds](refunds.md). Old: [chargebacks](chargebacks.md).\n")
                .build();
        assertTrue(gitbook.published("index.html") && gitbook.published("support/index.html") && gitbook.published("billing/index.html"));
        assertEquals(List.of("support/index.html", "billing/index.html"), gitbook.links("index.html"));
        // As on GitBook, the summary is the navigation, not a page (NavigationSourcesTest checks its entries).
        assertFalse(gitbook.published("SUMMARY.html"), "SUMMARY.md is navigation");
        assertEquals(List.of("on-call.html", "escalations.html", "../index.html"), gitbook.links("support/index.html"));
        assertEquals(List.of("escalations.html#who", "../billing/refunds.html"), gitbook.links("support/on-call.html"));
        assertEquals(List.of("index.html"), gitbook.links("support/escalations.html"));
        assertEquals(List.of("disputes.html", "index.html"), gitbook.links("billing/refunds.html"));
        assertEquals(List.of("playbook/billing/disputes.md:3:43: warning: broken link: nothing at \"billing/chargebacks.md\""),
                gitbook.linkProblems());
    }
}
