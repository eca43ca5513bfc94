package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a support handbook written for Hugo ({@code content/} as the source, pretty URLs,
 * {@code _index.md} sections, {@code url}/{@code slug}/{@code aliases}, {@code ref}/{@code relref},
 * a {@code baseURL} path) builds with its links as Hugo resolved them, with nothing to edit.
 */
class HugoHandbookTest {

    @TempDir
    Path dir;

    private ImportedHandbook handbook() {
        return new ImportedHandbook(dir, "base-path: /kb/\n")
                .file("_index.md", """
                        ---
                        title: Support handbook
                        ---
                        Start with [support](/handbook/support/) and [on call](/handbook/support/on-call/).
                        Escalate with [the policy]({{< ref "handbook/support/escalations.md" >}}) and refund with
                        [partial refunds]({{< relref "/handbook/billing/refunds#partial-refunds" >}}).
                        Served under the base URL: [billing](/kb/handbook/billing/). Gone: [old](/handbook/support/nowhere/).
                        """)
                .file("handbook/_index.md", "---\ntitle: Handbook\n---\nSee [support](support/) and [billing](billing/).\n")
                .file("handbook/support/_index.md", """
                        ---
                        title: Support
                        weight: 1
                        ---
                        [On call](on-call/), [workflows](workflows/), [the rota](/handbook/support/team-rota/) and
                        [paging](/handbook/support/on-call/?tab=2#paging).
                        """)
                .file("handbook/support/on-call.md", """
                        ---
                        title: On call
                        layout: docs
                        ---
                        Escalate by [the policy](../escalations/); refunds [in part](/handbook/billing/refunds/#partial-refunds).

                        ## Paging

                        Page the lead; see [paging](#paging) and [the rota](../Team%20Rota/).
                        """)
                .file("handbook/support/escalations.md", """
                        ---
                        title: Escalations
                        url: /escalate/
                        aliases: [/handbook/support/escalation-policy/]
                        ---
                        Back to [on call]({{< ref "on-call" >}}) and [the top]({{< relref "/" >}}).
                        """)
                .file("handbook/support/Team Rota.md", "# Team rota\n\nWho is on call this week.\n")
                .file("handbook/support/workflows/_index.md", "# Support workflows\n\nHow tickets move.\n")
                .file("handbook/billing/_index.md", "# Billing\n\nSee [refunds](refunds/) and [disputes](disputes/).\n")
                .file("handbook/billing/refunds.md", """
                        ---
                        title: Refunds
                        slug: money-back
                        ---
                        Escalate [here](/escalate/) under [the policy](/handbook/support/escalation-policy/); [billing](../).

                        ## Partial refunds

                        Part of the order.
                        """)
                .file("handbook/billing/disputes.md", """
                        # Disputes

                        Offer [money back](/handbook/billing/money-back/) first, then [[refunds]].
                        Missing: [the form]({{< ref "dispute-form.md" >}}).
                        """)
                .file("handbook/billing/workflows/_index.md", "# Billing workflows\n\nHow invoices move.\n");
    }

    @Test
    void linksResolveAsHugoResolvedThem() {
        ImportedHandbook hugo = handbook().build();
        assertEquals(List.of("handbook/support/index.html", "handbook/support/on-call.html", "handbook/support/escalations.html",
                "handbook/billing/refunds.html#partial-refunds", "handbook/billing/index.html", "/handbook/support/nowhere/"),
                hugo.links("index.html"));
        assertEquals(List.of("on-call.html", "workflows/index.html", "Team%20Rota.html", "on-call.html?tab=2#paging"),
                hugo.links("handbook/support/index.html"));
        assertEquals(List.of("escalations.html", "../billing/refunds.html#partial-refunds", "#paging", "Team%20Rota.html"),
                hugo.links("handbook/support/on-call.html"));
        assertEquals(List.of("on-call.html", "../../index.html"), hugo.links("handbook/support/escalations.html"));
        assertEquals(List.of("../support/escalations.html", "../support/escalations.html", "index.html"),
                hugo.links("handbook/billing/refunds.html"));
        assertEquals(List.of("refunds.html", "refunds.html", "dispute-form.md"), hugo.links("handbook/billing/disputes.html"));
        assertEquals(List.of(
                "playbook/_index.md:7:74: warning: broken link: nothing at \"handbook/support/nowhere/\"",
                "playbook/handbook/billing/disputes.md:4:21: warning: broken link: nothing at \"handbook/billing/dispute-form.md\""),
                hugo.linkProblems());
    }

    @Test
    void oldAddressesRedirectAndDefaultIdsDoNotCollide() throws Exception {
        ImportedHandbook hugo = handbook().build();
        assertEquals("../handbook/support/escalations.html", hugo.redirect("escalate/index.html"));
        assertEquals("../escalations.html", hugo.redirect("handbook/support/escalation-policy/index.html"));
        assertEquals("../refunds.html", hugo.redirect("handbook/billing/money-back/index.html"));
        // Two sections named "workflows": the first by path keeps the name, the other's id is its path.
        String pages = hugo.site.output("pages.js");
        assertTrue(pages.contains("\"workflows\":\"handbook/billing/workflows/index.html\""), pages);
        assertTrue(pages.contains("\"handbook-support-workflows\":\"handbook/support/workflows/index.html\""), pages);
        assertTrue(hugo.problems().stream().anyMatch(p -> p.startsWith("playbook/handbook/support/on-call.md:3:9: warning:"
                + " unknown template \"docs\"; the page uses the default template (the theme has: ")), () -> String.join("\n", hugo.problems()));
        assertEquals("On call", hugo.site.html("handbook/support/on-call.html").selectFirst("h1").text());
    }
}
