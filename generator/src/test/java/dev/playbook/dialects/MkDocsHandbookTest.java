package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a support handbook written for MkDocs ({@code docs/} as the source, links between
 * {@code .md} files relative to the file, {@code index.md} and {@code README.md} folder pages,
 * and the {@code use_directory_urls} forms {@code ../x/} that some pages use).
 */
class MkDocsHandbookTest {

    @TempDir
    Path dir;

    @Test
    void linksResolveAsMkDocsResolvedThem() {
        ImportedHandbook mkdocs = new ImportedHandbook(dir, "")
                .file("index.md", """
                        # Support handbook

                        - [On call](support/on-call.md)
                        - [Escalations](support/escalations.md#when-to-escalate)
                        - [Billing](billing/)
                        - [Refunds](billing/refunds.md)
                        - [Onboarding](onboarding/README.md)
                        """)
                .file("support/index.md", "# Support\n\n[On call](on-call.md) and [escalations](./escalations.md).\n")
                .file("support/on-call.md", "# On call\n\nEscalate: [when](escalations.md#when-to-escalate); [home](../index.md).\n")
                .file("support/escalations.md", "# Escalations\n\n## When to escalate\n\nSee [refunds](../../billing/refunds/) as a pretty URL.\n")
                .file("billing/README.md", "# Billing\n\nSee [refunds](refunds.md) and [disputes](disputes.md).\n")
                .file("billing/refunds.md", "# Refunds\n\nBack to [billing](README.md), or [the section](./).\n")
                .file("billing/disputes.md", "# Disputes\n\nAsk [support](../support/index.md). Missing: [forms](forms.md).\n")
                .file("onboarding/README.md", "# Onboarding\n\nStart with [on call](../support/on-call.md).\n")
                .file("onboarding/first-week.md", "# First week\n\nSee [onboarding](../onboarding/).\n")
                .build();
        assertEquals(List.of("support/on-call.html", "support/escalations.html#when-to-escalate", "billing/index.html",
                "billing/refunds.html", "onboarding/index.html"), mkdocs.links("index.html"));
        assertEquals(List.of("on-call.html", "escalations.html"), mkdocs.links("support/index.html"));
        assertEquals(List.of("escalations.html#when-to-escalate", "../index.html"), mkdocs.links("support/on-call.html"));
        assertEquals(List.of("../billing/refunds.html"), mkdocs.links("support/escalations.html"));
        assertEquals(List.of("refunds.html", "disputes.html"), mkdocs.links("billing/index.html"));
        assertEquals(List.of("index.html", "index.html"), mkdocs.links("billing/refunds.html"));
        assertEquals(List.of("../support/index.html", "forms.md"), mkdocs.links("billing/disputes.html"));
        assertEquals(List.of("../support/on-call.html"), mkdocs.links("onboarding/index.html"));
        assertEquals(List.of("index.html"), mkdocs.links("onboarding/first-week.html"));
        assertEquals(List.of("playbook/billing/disputes.md:3:54: warning: broken link: nothing at \"billing/forms.md\""),
                mkdocs.linkProblems());
        assertTrue(mkdocs.published("billing/index.html") && !mkdocs.published("billing/README.html"), "README.md is the folder's page");
    }
}
