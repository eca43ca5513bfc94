package dev.playbook.bench.measure;

import dev.playbook.bench.corpus.SyntheticPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HugoSiteTest {
    @TempDir
    Path temp;

    @Test
    void copiesTheMarkdownWithTheHomeAsIndexAndAddsConfigAndLayouts() throws Exception {
        Path source = temp.resolve("source");
        new SyntheticPlaybook(30, 5).writeTo(source);
        Path site = temp.resolve("hugo");

        new HugoSite().write(source, site);

        assertEquals(Files.readString(source.resolve("index.md")), Files.readString(site.resolve("content/_index.md")));
        assertEquals(Files.readString(source.resolve("sec-0000/_index.md")),
                Files.readString(site.resolve("content/sec-0000/_index.md")));
        assertFalse(Files.exists(site.resolve("content/index.md")));
        assertFalse(Files.exists(site.resolve("content/playbook.yml")));
        String config = Files.readString(site.resolve("hugo.toml"));
        assertTrue(config.contains("disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]"), config);
        assertTrue(config.contains("title = \"Synthetic Playbook 30\""), config);
        for (String layout : new String[] {"baseof.html", "single.html", "list.html"}) {
            assertTrue(Files.isRegularFile(site.resolve("layouts/_default/" + layout)), layout);
        }
        assertTrue(Files.readString(site.resolve("layouts/_default/single.html")).contains("{{ .TableOfContents }}"));
    }
}
