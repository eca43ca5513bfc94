package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Link tags in link targets become the paths they stood for, the text keeping its lines and (when shorter) its columns. */
class LinkTagsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "[x]({{< ref \"foo.md#bar\" >}})                 => [x](REF[foo.md#bar])",
            "[x]({{% relref \"/foo\" %}})                      => [x](REF[/foo])",
            "[x]({{< relref path=\"a/b.md\" lang=\"en\" >}})     => [x](REF[a/b.md])",
            "[x]({{< ref . \"a.md\" >}})                       => [x](REF[a.md])",
            "[x]({% link docs/foo.md %})                     => [x](/docs/foo.md)",
            "[x]({%- link /docs/foo.md -%})                  => [x](/docs/foo.md)",
            "[x]({% post_url 2020-01-31-welcome %})          => [x](/_posts/2020-01-31-welcome)",
            "[x]({{ site.baseurl }}/foo/#a)                  => [x](/foo/#a)",
            "[x]({{site.baseurl}}{% link a.md %})            => [x](/a.md)",
            "[x]({{ '/foo/' | relative_url }} \"Title\")       => [x](/foo/ \"Title\")",
            "[x]({{ \"/foo/\" | url }})                        => [x](/foo/)",
            "[x]: {{ \"/foo/\" | absolute_url }}               => [x]: /foo/",
            "[x]({{ page.title }})                           => [x]({{ page.title }})",
            "{{< ref \"not-a-link.md\" >}} in text             => {{< ref \"not-a-link.md\" >}} in text",
            "[x]({{< youtube abc >}})                        => [x]({{< youtube abc >}})",
            "[x]({% link unclosed.md )                       => [x]({% link unclosed.md )"})
    void rewritesLinkTargetsOnly(String text, String expected) {
        String rewritten = LinkTags.rewrite(text, ref -> "REF[" + ref + "]");
        assertEquals(expected, rewritten.equals(text) ? text : rewritten.replaceAll(" {2,}", " ").replace(" )", ")").strip());
        assertEquals(text.length(), rewritten.length(), "columns stay where they were");
    }

    @Test
    void rewritesHrefAndSrcOfRawHtml() {
        String body = "<a href=\"{{< ref \"x.md#a\" >}}\">x</a> <IMG SRC='{{ \"/i.png\" | relative_url }}'> <p title=\"{{< ref \"y\" >}}\">";
        String rewritten = LinkTags.rewrite(body, ref -> "REF[" + ref + "]");
        assertEquals("<a href=\"REF[x.md#a]\">x</a> <IMG SRC='/i.png'> <p title=\"{{< ref \"y\" >}}\">",
                rewritten.replaceAll("(?<=]|png) +", "")); // the padding that keeps the columns
        assertEquals(body.length(), rewritten.length(), "columns stay where they were");
    }

    @Test
    void keepsLinesAndTheColumnsOfWhatFollows() {
        String body = "line one\n[a]({% link a.md %}) and [b](b.md)\n[c]({{< ref \"c\" >}})\nline four";
        String rewritten = LinkTags.rewrite(body, ref -> ref + ".md");
        assertEquals("line one\n[a](/a.md          ) and [b](b.md)\n[c](c.md           )\nline four", rewritten);
    }
}
