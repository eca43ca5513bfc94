package dev.playbook.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The synthetic playbook made to look like a real handbook, whose traps the clean corpus hides:
 * about five links a page to pages that do not exist (built with {@code links: warning}), raw HTML
 * blocks, tables, one page in a hundred padded past 200 KB, one in twenty-five moved four folders
 * deeper (links to it break, its own are kept working), and front matter with more fields. The
 * same page count and seed always give byte-identical files.
 */
public final class RealisticPlaybook {
    /** Bump whenever the generated files change (on top of {@link SyntheticPlaybook#FORMAT_VERSION}). */
    public static final int FORMAT_VERSION = 1;
    static final int BROKEN_LINKS_PER_PAGE = 5;
    static final int LARGE_PAGE_BYTES = 200 * 1024;
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
        try (Stream<Path> walk = Files.walk(dir)) {
            pages = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.equals(dir.resolve("index.md")))
                    .sorted().toList();
        }
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            Random random = new Random(seed * 1_000_003L + i);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            boolean deep = i % 25 == 12;
            String messy = messy(text, i, random, deep);
            if (deep) {
                Path target = page.getParent().resolve(DEEP).resolve(page.getFileName());
                Files.createDirectories(target.getParent());
                Files.delete(page);
                page = target;
            }
            Files.writeString(page, messy, StandardCharsets.UTF_8);
        }
    }

    static String messy(String text, int index, Random random, boolean deep) {
        int end = text.indexOf("\n---\n", 4);
        String frontMatter = text.substring(0, end + 1);
        String body = text.substring(end + 5);
        if (deep) {
            body = body.replace("](", "](../../../../");
        }
        StringBuilder extra = new StringBuilder(frontMatter);
        if (index % 3 == 0) {
            extra.append("owner: ").append(Role.ALL.get(index % Role.ALL.size()).id()).append('\n');
        }
        if (index % 5 == 0) {
            extra.append("audience: [associate]\n");
        }
        if (index % 7 == 0) {
            extra.append("reviewed: 2025-0").append(1 + index % 9).append("-1").append(index % 10).append('\n');
        }
        extra.append("---\n");
        StringBuilder out = new StringBuilder(body);
        out.append("\n## Older notes\n\n");
        for (int k = 0; k < BROKEN_LINKS_PER_PAGE; k++) {
            out.append(String.format(Locale.ROOT, "See [the old guide %d](../legacy/old-guide-%d-%d.md) ", k, index, k));
        }
        out.append("for the process before the migration.\n\n");
        if (index % 3 == 1) {
            out.append("<div class=\"note\">\n<p>Ask the <b>team lead</b> before you <a href=\"#older-notes\">promise</a>"
                    + " anything.</p>\n<table><tr><td>old</td><td>new</td></tr></table>\n</div>\n\n");
        }
        if (index % 2 == 0) {
            out.append("| Case | Channel | Owner | Due |\n|---|---|---|---|\n");
            for (int row = 0; row < 6; row++) {
                out.append(String.format(Locale.ROOT, "| %d | %s | team %d | %d days |%n", random.nextInt(9000) + 1000,
                        row % 2 == 0 ? "phone" : "email", random.nextInt(20), 1 + random.nextInt(14)));
            }
            out.append('\n');
        }
        if (index % 100 == 50) {
            String paragraphs = body.replaceAll("(?m)^#+ .*$", "").strip() + "\n\n";
            int part = 0;
            while (out.length() < LARGE_PAGE_BYTES) {
                out.append("## Appendix ").append(++part).append("\n\n").append(paragraphs);
            }
        }
        return extra + out.toString();
    }
}
