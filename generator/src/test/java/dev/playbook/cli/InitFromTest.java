package dev.playbook.cli;

import dev.playbook.config.SiteConfig;
import dev.playbook.config.SiteConfigReader;
import dev.playbook.diag.Problems;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 part 7: {@code playbook init --from DIR} writes the playbook.yml that builds a handbook
 * from another generator, with the title, base path and language of its old config, and reports
 * what a check found. Each handbook is written inline, init and build run through the real CLI.
 */
class InitFromTest {

    @TempDir
    Path temp;

    @Test
    void hugoTomlHandbook() throws IOException {
        Path hugo = temp.resolve("help-desk");
        write(hugo, "hugo.toml", """
                baseURL = "https://help.example.org/kb/"
                languageCode = "en-gb"
                title = "Help desk handbook"

                [params]
                  title = "not the site's title"
                """);
        write(hugo, "content/_index.md", """
                ---
                title: Help desk
                ---
                Read [refunds]({{< ref "billing/refunds.md" >}}) and [the rota](/kb/team/rota/).

                {{< notice warning >}}
                Never share a password.
                {{< /notice >}}

                Lost: [nowhere](/team/nowhere/).
                """);
        write(hugo, "content/billing/refunds.md", """
                ---
                title: Refunds
                ---
                {{% details "Partial refunds" %}}
                Half of the order, as [the rota](/team/rota/) says.
                {{% /details %}}

                {{< youtube abcdefghijk >}}

                {{< figure src="till.png" >}}
                """);
        write(hugo, "content/team/rota.md", "# Rota\n\nBack to [refunds](/billing/refunds/).\n");

        TestPlaybook.Result init = init(hugo);
        assertEquals("""
                Wrote DIR/help-desk/content/playbook.yml (Hugo, from DIR/help-desk/hugo.toml).
                Migration report for DIR/help-desk/content:
                  pages:               3
                  links:               4 resolved, 1 broken (first: DIR/help-desk/content/_index.md:10:17)
                  blocks rendered:
                    callout                  1  first at DIR/help-desk/content/_index.md:6:1
                    disclosure               1  first at DIR/help-desk/content/billing/refunds.md:4:1
                    embed                    1  first at DIR/help-desk/content/billing/refunds.md:8:1
                    link tag                 1  first at DIR/help-desk/content/_index.md:4:16
                  blocks kept as text:
                    Hugo shortcode           1  first at DIR/help-desk/content/billing/refunds.md:10:1
                  findings:            0 error(s), 3 warning(s)
                Next:
                  playbook check --source DIR/help-desk/content   # every finding, at its file:line:column
                  playbook build --source DIR/help-desk/content
                """, shown(init.out()));
        assertEquals("", init.err());
        Path source = hugo.resolve("content");
        SiteConfig config = config(source);
        assertEquals("Help desk handbook", config.title());
        assertEquals(List.of("kb"), config.basePaths());
        assertEquals("en-GB", config.language());
        assertTrue(yml(source).contains("title: \"Help desk handbook\"  # title in DIR/help-desk/hugo.toml:3\n"), () -> yml(source));
        assertTrue(yml(source).contains("base-path: \"/kb/\"  # baseURL in DIR/help-desk/hugo.toml:1"), () -> yml(source));
        builds(source);
    }

    @Test
    void hugoYamlHandbookInConfigDefaultWithItsOwnContentFolder() throws IOException {
        Path hugo = temp.resolve("manual");
        // Hugo reads keys without regard to case: "baseurl" and "Title" are baseURL and title.
        write(hugo, "config/_default/hugo.yaml", """
                baseurl: https://docs.example.com/manual/
                Title: Field manual
                defaultContentLanguage: de
                contentDir: pages
                """);
        write(hugo, "pages/_index.md", """
                # Willkommen

                {{< tabs >}}
                {{< tab "Linux" >}}
                Run it.
                {{< /tab >}}
                {{< tab "Mac" >}}
                Open it.
                {{< /tab >}}
                {{< /tabs >}}

                {{< mermaid >}}
                graph TD; A-->B
                {{< /mermaid >}}

                [Setup](/manual/setup/)
                """);
        write(hugo, "pages/setup.md", """
                # Setup

                {{< highlight bash >}}
                make install
                {{< /highlight >}}

                {{% include "_snippets/warn.md" %}}
                """);
        write(hugo, "pages/_snippets/warn.md", "Mind the power cable.\n");

        TestPlaybook.Result init = init(hugo);
        assertEquals("""
                Migration report for DIR/manual/pages:
                  pages:               2
                  links:               1 resolved, 0 broken
                  blocks rendered:
                    code block               1  first at DIR/manual/pages/setup.md:3:1
                    include                  1  first at DIR/manual/pages/setup.md:7:1
                    mermaid                  1  first at DIR/manual/pages/_index.md:12:1
                    tab                      2  first at DIR/manual/pages/_index.md:4:1
                    tabs                     1  first at DIR/manual/pages/_index.md:3:1
                  blocks kept as text: none
                  findings:            0 error(s), 1 warning(s)
                """, report(init));
        Path source = hugo.resolve("pages");
        assertImported(source, "Field manual", List.of("manual"), "de");
    }

    @Test
    void jekyllHandbook() throws IOException {
        Path jekyll = temp.resolve("support-site");
        write(jekyll, "_config.yml", """
                title: Support site
                baseurl: "/handbook"
                lang: en_US
                """);
        write(jekyll, "index.md", """
                ---
                title: Home
                ---
                {% include callout.md %}

                See [the FAQ]({% link faq.md %}) and [billing]({{ site.baseurl }}/billing/).

                {% include card.html title="Hello" %}

                Hello {{ page.title }}.
                """);
        write(jekyll, "_includes/callout.md", "Be kind, always.\n");
        write(jekyll, "faq.md", """
                ---
                title: FAQ
                ---
                {% highlight ruby %}
                puts "hi"
                {% endhighlight %}

                Back [home](/handbook/).
                """);
        write(jekyll, "billing.md", "---\ntitle: Billing\n---\nSee [the FAQ](/faq/).\n");

        TestPlaybook.Result init = init(jekyll);
        assertEquals("""
                Migration report for DIR/support-site:
                  pages:               3
                  links:               4 resolved, 0 broken
                  blocks rendered:
                    code block               1  first at DIR/support-site/faq.md:4:1
                    include                  1  first at DIR/support-site/index.md:4:1
                    link tag                 2  first at DIR/support-site/index.md:6:15
                  blocks kept as text:
                    include                  1  first at DIR/support-site/index.md:8:1
                    template expression      1  first at DIR/support-site/index.md:10:7
                  findings:            0 error(s), 3 warning(s)
                """, report(init));
        assertImported(jekyll, "Support site", List.of("handbook"), "en-US");
    }

    @Test
    void mkDocsHandbookFromTheProjectOrFromItsDocsFolder() throws IOException {
        Path mkdocs = temp.resolve("guide-project");
        write(mkdocs, "mkdocs.yml", """
                site_name: Guide for agents
                site_url: https://agents.example.com/guide/
                docs_dir: manual
                theme:
                  name: material
                  language: fr
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_index: !!python/name:material.extensions.emoji.twemoji
                nav:
                  - Home: index.md
                  - Tips: tips.md
                """);
        write(mkdocs, "manual/index.md", """
                # Accueil

                !!! note "Read first"
                    Be polite.

                ??? tip
                    Folded away.

                --8<-- "snippet.txt"

                [Tips](tips.md) and [missing](gone.md).

                ## Rules
                """);
        write(mkdocs, "manual/snippet.txt", "Included text.\n");
        write(mkdocs, "manual/tips.md", """
                # Tips

                === "One"
                    First.

                === "Two"
                    Second.

                [The rules](index.md#rules)
                """);

        String expected = """
                Migration report for DIR/guide-project/manual:
                  pages:               2
                  links:               2 resolved, 1 broken (first: DIR/guide-project/manual/index.md:11:31)
                  blocks rendered:
                    callout                  1  first at DIR/guide-project/manual/index.md:3:1
                    disclosure               1  first at DIR/guide-project/manual/index.md:6:1
                    include                  1  first at DIR/guide-project/manual/index.md:9:1
                    tab                      2  first at DIR/guide-project/manual/tips.md:3:1
                  blocks kept as text: none
                  findings:            0 error(s), 2 warning(s)
                """;
        assertEquals(expected, report(init(mkdocs)));
        Path source = mkdocs.resolve("manual");
        assertImported(source, "Guide for agents", List.of("guide"), "fr");

        // Given the docs folder itself, init finds mkdocs.yml above it and writes the same settings.
        String written = yml(source);
        TestPlaybook.Result again = init(source, "--force");
        assertEquals(expected, report(again));
        assertEquals(written.lines().skip(1).toList(), yml(source).lines().skip(1).toList(), "the same, but for the first comment");
    }

    @Test
    void docusaurusHandbook() throws IOException {
        Path docusaurus = temp.resolve("support-docs");
        // The config's own title, not the navbar's written before it; a commented-out one is not read.
        write(docusaurus, "docusaurus.config.js", """
                // @ts-check
                // title: 'An old title',
                /** @type {import('@docusaurus/types').Config} */
                const config = {
                  themeConfig: { navbar: { title: 'Navbar title' } },
                  title: 'Support docs',
                  url: 'https://support.example.com',
                  baseUrl: '/help/',
                  i18n: {
                    defaultLocale: 'pt-BR',
                    locales: ['pt-BR'],
                  },
                  presets: [
                    ['classic', {
                      docs: { routeBasePath: 'guides', sidebarPath: './sidebars.js' },
                      blog: { routeBasePath: 'news' },
                    }],
                  ],
                };
                module.exports = config;
                """);
        write(docusaurus, "docs/intro.md", """
                ---
                sidebar_position: 1
                ---
                # Welcome

                :::tip[Try this]
                Ask twice.
                :::

                :::details Why
                Because.
                :::

                :::custom
                Unknown to Playbook.
                :::

                See [refunds](/help/guides/refunds) and [again](/guides/refunds).
                """);
        write(docusaurus, "docs/refunds.md", "# Refunds\n\nBack to [the intro](./intro.md).\n");

        TestPlaybook.Result init = init(docusaurus);
        assertEquals("""
                Migration report for DIR/support-docs/docs:
                  pages:               2
                  links:               3 resolved, 0 broken
                  blocks rendered:
                    callout                  1  first at DIR/support-docs/docs/intro.md:6:1
                    disclosure               1  first at DIR/support-docs/docs/intro.md:10:1
                  blocks kept as text:
                    container                1  first at DIR/support-docs/docs/intro.md:14:1
                  findings:            0 error(s), 2 warning(s)
                """, report(init));
        Path source = docusaurus.resolve("docs");
        assertImported(source, "Support docs", List.of("help/guides", "guides"), "pt-BR");
    }

    @Test
    void gitBookHandbookTitledByItsReadme() throws IOException {
        Path gitbook = temp.resolve("team-space");
        write(gitbook, ".gitbook.yaml", "root: ./book/\n");
        write(gitbook, "book/README.md", """
                # Team space

                {% hint style="warning" %}
                Mind the gap.
                {% endhint %}

                {% embed url="https://www.youtube.com/watch?v=abc" %}

                [Rules](rules.md)
                """);
        write(gitbook, "book/SUMMARY.md", "# Summary\n\n* [Team space](README.md)\n* [Rules](rules.md)\n");
        write(gitbook, "book/rules.md", """
                # Rules

                {% tabs %}
                {% tab title="One" %}
                First.
                {% endtab %}
                {% endtabs %}
                """);

        TestPlaybook.Result init = init(gitbook);
        assertEquals("""
                Migration report for DIR/team-space/book:
                  pages:               2
                  links:               1 resolved, 0 broken
                  blocks rendered:
                    callout                  1  first at DIR/team-space/book/README.md:3:1
                    embed                    1  first at DIR/team-space/book/README.md:7:1
                    tab                      1  first at DIR/team-space/book/rules.md:4:1
                    tabs                     1  first at DIR/team-space/book/rules.md:3:1
                  blocks kept as text: none
                  findings:            0 error(s), 1 warning(s)
                """, report(init));
        Path source = gitbook.resolve("book");
        SiteConfig config = config(source);
        assertEquals("Team space", config.title());
        assertEquals(List.of(), config.basePaths());
        assertEquals("en", config.language());
        assertTrue(yml(source).contains("# the first heading of DIR/team-space/book/README.md"), () -> yml(source));
        builds(source);
    }

    @Test
    void eleventyHandbookWithItsTitleInGlobalData() throws IOException {
        Path eleventy = temp.resolve("ops");
        write(eleventy, ".eleventy.js", """
                module.exports = function (eleventyConfig) {
                  eleventyConfig.addPassthroughCopy("img");
                  return {
                    pathPrefix: "/ops-handbook/",
                    dir: { input: "src", output: "_site" },
                  };
                };
                """);
        write(eleventy, "src/_data/metadata.json", "{\"title\": \"Operations handbook\", \"language\": \"ja\"}\n");
        write(eleventy, "src/index.md", """
                ---
                title: Home
                ---
                See [the rota]({{ '/rota/' | url }}) and [the FAQ](/ops-handbook/faq/).

                {% raw %}
                Keep {{ this }} as written.
                {% endraw %}
                """);
        write(eleventy, "src/rota.md", "---\ntitle: Rota\n---\nBack [home](/).\n");
        write(eleventy, "src/faq.md", "---\ntitle: FAQ\n---\nAsk the [rota](/rota/).\n");

        TestPlaybook.Result init = init(eleventy);
        assertEquals("""
                Migration report for DIR/ops/src:
                  pages:               3
                  links:               4 resolved, 0 broken
                  blocks rendered:
                    link tag                 1  first at DIR/ops/src/index.md:4:16
                    raw block                1  first at DIR/ops/src/index.md:6:1
                  blocks kept as text: none
                  findings:            0 error(s), 1 warning(s)
                """, report(init));
        Path source = eleventy.resolve("src");
        assertImported(source, "Operations handbook", List.of("ops-handbook"), "ja");
    }

    @Test
    void withoutAnyConfigTheTitleIsTheFirstHeadingOrTheFolderName() throws IOException {
        Path notes = temp.resolve("team-notes");
        write(notes, "README.md", "Kept by the night team.\n\n# Team notes\n\nHello.\n");
        init(notes);
        assertEquals("Team notes", config(notes).title());
        assertEquals("en", config(notes).language());
        assertTrue(yml(notes).contains("(no generator's config found)"), () -> yml(notes));
        builds(notes);

        Path shift = temp.resolve("night_shift-log");
        write(shift, "handover.md", "Nothing here is a heading.\n");
        TestPlaybook.Result init = init(shift);
        assertTrue(init.out().startsWith("Wrote " + shift.resolve("playbook.yml").toString().replace('\\', '/')
                + " (no generator's config found)."), init::toString);
        assertEquals("Night shift log", config(shift).title());
        assertTrue(yml(shift).contains("# the folder's name"), () -> yml(shift));
        builds(shift);
    }

    @Test
    void anExistingPlaybookYmlIsLeftAloneUnlessForced() throws IOException {
        Path hugo = temp.resolve("kb");
        write(hugo, "hugo.toml", "title = \"Knowledge base\"\n");
        write(hugo, "content/_index.md", "# Home\n");
        write(hugo, "content/playbook.yml", "title: Mine\n");
        TestPlaybook.Result refused = TestPlaybook.run("init", "--from", hugo.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals("playbook: " + shown(hugo.resolve("content/playbook.yml").toString()) + " exists; init --from never"
                + " overwrites it (give --force to replace it, or edit it by hand)\n", shown(refused.err()));
        assertEquals("title: Mine\n", yml(hugo.resolve("content")));

        init(hugo, "--force");
        assertEquals("Knowledge base", config(hugo.resolve("content")).title());
        try (var left = Files.list(hugo.resolve("content"))) {
            assertEquals(List.of("_index.md", "playbook.yml"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }

        TestPlaybook.Result missing = TestPlaybook.run("init", "--from", temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("is not a folder; give the handbook's folder"), missing::toString);
        TestPlaybook.Result both = TestPlaybook.run("init", "--from", hugo.toString(), temp.resolve("new").toString());
        assertEquals(2, both.exitCode(), both::toString);
    }

    @Test
    void aMalformedConfigIsAPositionedWarningAndInitStillWritesAUsableFile() throws IOException {
        Path toml = temp.resolve("broken-toml");
        write(toml, "hugo.toml", "title = \"Broken\"\nbaseURL = https://example.com/\n");
        write(toml, "content/_index.md", "# Rescued handbook\n\nStill builds.\n");
        TestPlaybook.Result init = init(toml);
        assertEquals("DIR/broken-toml/hugo.toml:2:11: warning: invalid TOML: Unknown token; init takes nothing from this file"
                + " (fix it, or edit playbook.yml by hand)\n", shown(init.err()));
        assertEquals("Rescued handbook", config(toml.resolve("content")).title());
        builds(toml.resolve("content"));

        Path yaml = temp.resolve("broken-yaml");
        write(yaml, "mkdocs.yml", "site_name: [unclosed\nnav:\n");
        write(yaml, "docs/index.md", "# Agents' guide\n");
        init = init(yaml);
        assertTrue(shown(init.err()).startsWith("DIR/broken-yaml/mkdocs.yml:2:"), init::toString);
        assertTrue(init.err().contains(": warning: invalid YAML: "), init::toString);
        assertEquals("Agents' guide", config(yaml.resolve("docs")).title());
        builds(yaml.resolve("docs"));

        Path language = temp.resolve("odd-language");
        write(language, "_config.yml", "title: Odd\nlang: \"not a tag!\"\nbaseurl: \"/a b/\"\n");
        write(language, "index.md", "# Odd\n");
        init = init(language);
        assertEquals("""
                DIR/odd-language/_config.yml:2:7: warning: lang "not a tag!" is not a language tag; playbook.yml says en (write the handbook's language there, e.g. de, ja or pt-BR)
                DIR/odd-language/_config.yml:3:10: warning: baseurl "/a b/" is not an address or path Playbook can serve under; playbook.yml has no base-path (add the old site's path by hand if it had one)
                """, shown(init.err()));
        SiteConfig config = config(language);
        assertEquals("en", config.language());
        assertEquals(List.of(), config.basePaths());
        builds(language);

        Path scheme = temp.resolve("odd-address");
        write(scheme, "mkdocs.yml", "site_name: Odd\nsite_url: \"javascript:alert(1)\"\n");
        write(scheme, "docs/index.md", "# Odd\n");
        init = init(scheme);
        assertEquals("DIR/odd-address/mkdocs.yml:2:11: warning: site_url \"javascript:alert(1)\" is not an address or path"
                + " Playbook can serve under; playbook.yml has no base-path (add the old site's path by hand if it had one)\n",
                shown(init.err()));
        assertEquals(List.of(), config(scheme.resolve("docs")).basePaths());
    }

    @Test
    void aHandbookWithErrorsGetsItsFileAndExitCodeOne() throws IOException {
        Path hugo = temp.resolve("faulty");
        write(hugo, "hugo.toml", "title = \"Faulty\"\n");
        write(hugo, "content/_index.md", "# Home\n\n{{% include \"missing.md\" %}}\n");
        TestPlaybook.Result init = TestPlaybook.run("init", "--from", hugo.toString());
        assertEquals(1, init.exitCode(), init::toString);
        assertEquals("Faulty", config(hugo.resolve("content")).title());
        assertTrue(report(init).contains("""
                  blocks kept as text:
                    include                  1  first at DIR/faulty/content/_index.md:3:1
                  findings:            1 error(s), 1 warning(s)
                """), init::toString);
        assertTrue(shown(init.out()).contains("Errors stop the build until they are fixed; the first: DIR/faulty/content/_index.md:3:1:"
                + " error: cannot include \"missing.md\""), init::toString);
        TestPlaybook.Result build = TestPlaybook.run("build", "--source", hugo.resolve("content").toString(), "--out",
                temp.resolve("out").toString());
        assertEquals(1, build.exitCode(), "the build fails as init said");
    }

    @Test
    void foldersNamedLikePlaybookTypesAreSuggestedAsTypes() throws IOException {
        Path handbook = temp.resolve("service");
        write(handbook, "index.md", "# Service\n\n[Refunds](policies/refunds.md), [a case](examples/late.md).\n");
        write(handbook, "policies/refunds.md", "# Refunds\n\nWithin 30 days.\n");
        write(handbook, "examples/late.md", "# A late parcel\n\nIt came.\n");
        write(handbook, "support/hours.md", "# Hours\n\nNine to five.\n");
        init(handbook);
        assertTrue(yml(handbook).contains("""
                # types:
                #   - {id: examples, title: "Examples", plural: "Examples", folder: "examples", base: story}
                #   - {id: policies, title: "Policies", plural: "Policies", folder: "policies", base: standard}
                #   - {id: guide, title: "Guide", plural: "Guides", folder: "guides", base: guide}
                # Folders of guides: support.
                """), () -> yml(handbook));
        // Uncommented, the suggestion is a valid list of types.
        String uncommented = yml(handbook).replace("# types:", "types:").replace("#   - {", "  - {");
        SiteConfig config = SiteConfigReader.read(uncommented, "playbook.yml", new Problems()).orElseThrow();
        assertEquals(List.of("examples", "policies", "guide"), config.types().stream().map(t -> t.id()).toList());
        builds(handbook);
    }

    private TestPlaybook.Result init(Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("init", "--from", dir.toString()));
        args.addAll(List.of(more));
        TestPlaybook.Result result = TestPlaybook.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    /** The playbook.yml written for {@code source} holds these values, and the handbook builds with it. */
    private void assertImported(Path source, String title, List<String> basePaths, String language) throws IOException {
        SiteConfig config = config(source);
        assertEquals(title, config.title());
        assertEquals(basePaths, config.basePaths());
        assertEquals(language, config.language());
        builds(source);
    }

    private void builds(Path source) {
        TestPlaybook.Result build = TestPlaybook.run("build", "--source", source.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, build.exitCode(), build::toString);
    }

    /** Output with the temporary folder written as DIR. */
    private String shown(String text) {
        return text.replace(temp.toString().replace('\\', '/'), "DIR");
    }

    /** The migration report init printed, from its first line to the next commands. */
    private String report(TestPlaybook.Result init) {
        String out = shown(init.out());
        int start = out.indexOf("Migration report");
        int end = out.indexOf("Next:");
        assertTrue(start >= 0 && end > start, init::toString);
        return out.substring(start, end);
    }

    private String yml(Path source) {
        try {
            return shown(Files.readString(source.resolve("playbook.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** playbook.yml as the build reads it, with no problem at all. */
    private static SiteConfig config(Path source) throws IOException {
        Problems problems = new Problems();
        String text = Files.readString(source.resolve("playbook.yml"));
        SiteConfig config = SiteConfigReader.read(text, "playbook.yml", problems).orElseThrow(() -> new AssertionError(problems.sorted() + "\n" + text));
        assertTrue(problems.isEmpty(), () -> problems.sorted() + "\n" + text);
        return config;
    }

    private static void write(Path dir, String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
