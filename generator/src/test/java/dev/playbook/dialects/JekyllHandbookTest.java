package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a support handbook written for Jekyll ({@code permalink:} literal and patterned,
 * {@code _posts} at their dated addresses, a collection, {@code {% link %}}, {@code {% post_url %}},
 * {@code {{ site.baseurl }}}, {@code relative_url}, {@code redirect_from}, {@code layout: post}).
 */
class JekyllHandbookTest {

    @TempDir
    Path dir;

    private ImportedHandbook handbook() {
        return new ImportedHandbook(dir, "base-path: /support-handbook/\n")
                .file("index.md", """
                        ---
                        layout: default
                        title: Support handbook
                        ---
                        Start [on call]({{ site.baseurl }}/support/on-call/), then [refunds]({% link billing/refunds.md %}).
                        Read [the welcome]({% post_url 2026-01-15-welcome-to-the-team %}) and [our tone]({{ '/guides/tone/' | relative_url }}).
                        Questions: [FAQ](/faq.html) or [the FAQ again](/support-handbook/faq.html).
                        Not there: [the form]({% link billing/missing.md %}).
                        """)
                .file("faq.md", "---\nlayout: page\ntitle: FAQ\n---\nAsk [the team](/support/on-call/).\n")
                .file("support/on-call.md", """
                        ---
                        layout: page
                        title: On call
                        permalink: /support/on-call/
                        ---
                        Escalate by [the policy](/escalate/), or the [old policy page](/support/escalations/).
                        New [rota post]({{ "/support/2026/02/01/new-rota.html" | relative_url }}).
                        """)
                .file("support/escalation-policy.md", """
                        ---
                        title: Escalation policy
                        permalink: /escalate/
                        redirect_from:
                          - /support/escalations/
                          - /old/escalate.html
                        ---
                        Back to [on call]({{ site.baseurl }}{% link support/on-call.md %}).
                        """)
                .file("support/_posts/2026-02-01-new-rota.md", "---\nlayout: post\ntitle: New rota\n---\nSee [macros](/docs/macros/).\n")
                .file("_posts/2026-01-15-welcome-to-the-team.md", """
                        ---
                        layout: post
                        title: Welcome to the team
                        redirect_from: /welcome/
                        ---
                        Read the [FAQ]({{ site.baseurl }}/faq.html) first.
                        """)
                .file("_docs/macros.md", "---\ntitle: Macros\n---\nWrite replies with [the tone](/guides/tone/).\n")
                .file("guides/tone.md", "---\ntitle: Tone\npermalink: /guides/tone/\n---\nSee [the welcome](/2026/01/15/welcome-to-the-team.html).\n")
                .file("billing/refunds.md", """
                        ---
                        title: Refunds
                        ---
                        Cards: [chargebacks](/billing/cards/chargebacks/) and [the same](chargebacks.html); [in part](#partial-refunds).

                        ## Partial refunds
                        """)
                .file("billing/chargebacks.md", """
                        ---
                        title: Chargebacks
                        categories: [billing, cards]
                        permalink: /:categories/:title/
                        ---
                        Refund [first](/billing/refunds.html#partial-refunds).
                        """);
    }

    @Test
    void linksResolveAsJekyllResolvedThem() {
        ImportedHandbook jekyll = handbook().build();
        assertEquals(List.of("support/on-call.html", "billing/refunds.html", "_posts/2026-01-15-welcome-to-the-team.html",
                "guides/tone.html", "faq.html", "faq.html", "/billing/missing.md"), jekyll.links("index.html"));
        assertEquals(List.of("support/on-call.html"), jekyll.links("faq.html"));
        assertEquals(List.of("escalation-policy.html", "escalation-policy.html", "_posts/2026-02-01-new-rota.html"),
                jekyll.links("support/on-call.html"));
        assertEquals(List.of("on-call.html"), jekyll.links("support/escalation-policy.html"));
        assertEquals(List.of("../../_docs/macros.html"), jekyll.links("support/_posts/2026-02-01-new-rota.html"));
        assertEquals(List.of("../faq.html"), jekyll.links("_posts/2026-01-15-welcome-to-the-team.html"));
        assertEquals(List.of("../guides/tone.html"), jekyll.links("_docs/macros.html"));
        assertEquals(List.of("../_posts/2026-01-15-welcome-to-the-team.html"), jekyll.links("guides/tone.html"));
        assertEquals(List.of("chargebacks.html", "chargebacks.html", "#partial-refunds"), jekyll.links("billing/refunds.html"));
        assertEquals(List.of("refunds.html#partial-refunds"), jekyll.links("billing/chargebacks.html"));
        assertEquals(List.of("playbook/index.md:8:23: warning: broken link: nothing at \"billing/missing.md\""),
                jekyll.linkProblems());
    }

    @Test
    void permalinksAndRedirectFromKeepTheOldAddresses() throws Exception {
        ImportedHandbook jekyll = handbook().build();
        assertEquals("../support/escalation-policy.html", jekyll.redirect("escalate/index.html"));
        assertEquals("../escalation-policy.html", jekyll.redirect("support/escalations/index.html"));
        assertEquals("../support/escalation-policy.html", jekyll.redirect("old/escalate.html"));
        assertEquals("../on-call.html", jekyll.redirect("support/on-call/index.html"));
        assertEquals("../tone.html", jekyll.redirect("guides/tone/index.html"));
        assertEquals("../../chargebacks.html", jekyll.redirect("billing/cards/chargebacks/index.html"));
        assertEquals("../_posts/2026-01-15-welcome-to-the-team.html", jekyll.redirect("welcome/index.html"));
        assertTrue(jekyll.problems().stream().anyMatch(p -> p.startsWith("playbook/_posts/2026-01-15-welcome-to-the-team.md:2:9:"
                + " warning: unknown template \"post\"; the page uses the default template")), () -> String.join("\n", jekyll.problems()));
    }
}
