package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14: a support handbook written for Eleventy (every page at {@code /path/}, folder
 * {@code index.md}, {@code permalink:} literal and with {@code page.fileSlug}, the {@code url}
 * filter, pretty links relative to the page's own folder).
 */
class EleventyHandbookTest {

    @TempDir
    Path dir;

    private ImportedHandbook handbook() {
        return new ImportedHandbook(dir, "")
                .file("index.md", """
                        ---
                        title: Support handbook
                        ---
                        See [on call](/support/on-call/), [escalations]({{ '/support/escalations/' | url }}) and [the FAQ](/faq/).
                        Tone of voice: [tone](/writing/tone-of-voice/). Billing: [refunds](/billing/refunds/).
                        """)
                .file("faq.md", "---\ntitle: FAQ\npermalink: /faq/index.html\n---\nBack [home](/).\n")
                .file("support/index.md", "---\ntitle: Support\n---\nSee [on call](on-call/) and [escalations](escalations/).\n")
                .file("support/on-call.md", """
                        ---
                        title: On call
                        ---
                        Next read [escalations](../escalations/) and [support](../); hand over by [the rota](../rota/#handover).
                        """)
                .file("support/escalations.md", "---\ntitle: Escalations\n---\nBack to [on call](../on-call/). Lost: [triage](../triage/).\n")
                .file("support/rota.md", "---\ntitle: Rota\n---\n## Handover\n\nAt nine.\n")
                .file("writing/voice.md", """
                        ---
                        title: Tone of voice
                        permalink: "/writing/tone-of-voice/"
                        ---
                        Short words; see [macros]({{ "/writing/macros/" | url }}).
                        """)
                .file("writing/macros.md", "---\ntitle: Macros\npermalink: \"/writing/{{ page.fileSlug }}/\"\n---\nUse [the voice](../tone-of-voice/).\n")
                .file("billing/refunds.md", "---\ntitle: Refunds\n---\nAsk [the FAQ](../../faq/).\n");
    }

    @Test
    void linksResolveAsEleventyResolvedThem() throws Exception {
        ImportedHandbook eleventy = handbook().build();
        assertEquals(List.of("support/on-call.html", "support/escalations.html", "faq.html", "writing/voice.html",
                "billing/refunds.html"), eleventy.links("index.html"));
        assertEquals(List.of("index.html"), eleventy.links("faq.html"));
        assertEquals(List.of("on-call.html", "escalations.html"), eleventy.links("support/index.html"));
        assertEquals(List.of("escalations.html", "index.html", "rota.html#handover"), eleventy.links("support/on-call.html"));
        assertEquals(List.of("on-call.html", "../triage/"), eleventy.links("support/escalations.html"));
        assertEquals(List.of("macros.html"), eleventy.links("writing/voice.html"));
        assertEquals(List.of("voice.html"), eleventy.links("writing/macros.html"));
        assertEquals(List.of("../faq.html"), eleventy.links("billing/refunds.html"));
        assertEquals(List.of("playbook/support/escalations.md:4:48: warning: broken link: nothing at \"support/triage/\""),
                eleventy.linkProblems());
        assertEquals("../faq.html", eleventy.redirect("faq/index.html"));
        assertEquals("../voice.html", eleventy.redirect("writing/tone-of-voice/index.html"));
    }
}
