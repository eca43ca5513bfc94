package dev.playbook.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The synthetic playbook made to look like a real handbook after a migration, whose traps the clean
 * corpus hides: five links a page that no longer resolve, most of them near a real page (built with
 * {@code links: warning}), raw HTML blocks from many hands, tables (some of 150 rows), one page in a
 * hundred padded past 200 KB, one in twenty-five moved four folders deeper (links to it break, its
 * own are kept working), and front matter of the generators it came from. The same page count and
 * seed always give byte-identical files.
 */
public final class RealisticPlaybook {
    /** Bump whenever the generated files change (on top of {@link SyntheticPlaybook#FORMAT_VERSION}). */
    public static final int FORMAT_VERSION = 2;
    static final int BROKEN_LINKS_PER_PAGE = OldLinks.PER_PAGE;
    static final int LARGE_PAGE_BYTES = 200 * 1024;
    static final int LARGE_TABLE_ROWS = 150;
    static final String DEEP = "archive/2019/q3/old/";

    private final int pageCount;
    private final long seed;

    public RealisticPlaybook(int pageCount, long seed) {
        this.pageCount = pageCount;
        this.seed = seed;
    }

    /** Writes the corpus into {@code dir}, which must be absent or empty. */
    public void writeTo(Path dir) throws IOException {
        new SyntheticPlaybook(pageCount, seed).writeTo(dir);
        Files.writeString(dir.resolve("playbook.yml"), Files.readString(dir.resolve("playbook.yml"))
                + "checks:\n  links: warning\n", StandardCharsets.UTF_8);
        List<Path> pages;
        int sections;
        try (Stream<Path> walk = Files.walk(dir)) {
            pages = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.equals(dir.resolve("index.md")))
                    .sorted().toList();
        }
        try (Stream<Path> list = Files.list(dir)) {
            sections = (int) list.filter(Files::isDirectory).count();
        }
        OldLinks oldLinks = new OldLinks(pages.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList(), sections);
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            Random random = new Random(seed * 1_000_003L + i);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            boolean deep = i % 25 == 12;
            String messy = new MessyPage(i, random, oldLinks).rewrite(text, deep);
            if (deep) {
                Path target = page.getParent().resolve(DEEP).resolve(page.getFileName());
                Files.createDirectories(target.getParent());
                Files.delete(page);
                page = target;
            }
            Files.writeString(page, messy, StandardCharsets.UTF_8);
        }
    }
}
