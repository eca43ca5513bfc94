package dev.playbook.dialects;

import dev.playbook.config.YamlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OldAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "/support/on-call/, support/on-call",
            "support/on-call.html, support/on-call",
            "support/on-call.md, support/on-call",
            "support/on-call, support/on-call",
            "support/index.html, support",
            "support/_index.md, support",
            "support/README.md, support",
            "/, ''",
            "index.html, ''",
            "v1.2/notes, v1.2/notes"})
    void everyFormOfAnAddressHasOneKey(String address, String key) {
        assertEquals(key, OldAddresses.key(address));
    }

    @Test
    void pathsGiveTheAddressesEachGeneratorDerived() {
        assertEquals(List.of("handbook/on-call"), OldAddresses.derivedKeys("handbook/on-call.md", false));
        assertEquals(List.of("handbook"), OldAddresses.derivedKeys("handbook/_index.md", true));
        assertEquals(List.of("01-start/02-first-day", "start/first-day"), OldAddresses.derivedKeys("01-start/02-first-day.md", false));
        assertEquals(List.of("_posts/2020-01-31-welcome", "2020/01/31/welcome"), // a date is no number prefix
                OldAddresses.derivedKeys("_posts/2020-01-31-welcome.md", false));
        assertEquals(List.of("news/_posts/2020-01-31-rota", "news/2020/01/31/rota"),
                OldAddresses.derivedKeys("news/_posts/2020-01-31-rota.markdown", false));
        assertEquals(List.of("_docs/macros", "docs/macros"), OldAddresses.derivedKeys("_docs/macros.md", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/support/on-call/                  | support/x.md                    | ''                                    | support/on-call/",
            "/:categories/:title/               | billing/chargebacks.md          | 'categories: [billing, cards]'        | billing/cards/chargebacks/",
            "/:categories/:title/               | billing/chargebacks.md          | 'categories: billing cards'           | billing/cards/chargebacks/",
            "/:year/:month/:day/:title:output_ext | _posts/2020-01-31-welcome.md  | ''                                    | 2020/01/31/welcome.html",
            "/news/:year/:i_month/:slug/        | _posts/2020-01-31-welcome.md    | 'slug: hello'                         | news/2020/1/hello/",
            "/:path/:basename/                  | guides/tone.md                  | ''                                    | guides/tone/",
            "/writing/{{ page.fileSlug }}/      | writing/macros.md               | ''                                    | writing/macros/",
            "'{{ page.filePathStem }}.html'     | writing/macros.md               | ''                                    | writing/macros.html"})
    void permalinksAreFilledIn(String permalink, String path, String more, String expected) throws Exception {
        YamlDocument front = YamlDocument.parse("permalink: \"" + permalink.replace("\"", "\\\"") + "\"\n" + more + "\n", "x.md", 2);
        assertEquals(java.util.Optional.of(expected), OldAddresses.permalink(permalink, path, front));
    }

    @Test
    void unfillablePermalinksAreLeftOut() throws Exception {
        YamlDocument front = YamlDocument.parse("title: x\n", "x.md", 2);
        assertEquals(java.util.Optional.empty(), OldAddresses.permalink("/:year/:title/", "guides/tone.md", front));
        assertEquals(java.util.Optional.empty(), OldAddresses.permalink("{{ title | slugify }}/", "guides/tone.md", front));
        assertEquals(java.util.Optional.empty(), OldAddresses.permalink("false", "guides/tone.md", front));
    }

    @Test
    void declaredAddressesKeepTheirPositions() throws Exception {
        YamlDocument front = YamlDocument.parse("""
                permalink: /escalate/
                url: /escalations/
                slug: policy
                aliases: [/old/policy/]
                redirect_from:
                  - /support/escalations/
                  - /old/escalate.html
                id: escalation-policy
                """, "playbook/support/escalate.md", 2);
        List<OldAddress> addresses = OldAddresses.declared("support/escalate.md", false, front);
        assertEquals(List.of("permalink escalate/ 2:12", "url escalations/ 3:6", "slug support/policy 4:7",
                "aliases old/policy/ 5:11", "redirect_from support/escalations/ 7:5", "redirect_from old/escalate.html 8:5",
                "id support/escalation-policy 9:5"), addresses.stream()
                .map(a -> a.field() + " " + a.path() + " " + a.at().line() + ":" + a.at().column()).toList());
    }
}
