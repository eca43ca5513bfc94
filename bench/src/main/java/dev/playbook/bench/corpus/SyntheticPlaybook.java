package dev.playbook.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic playbook of a given number of pages: {@code playbook.yml}, a home page, and one folder per hundred
 * pages, each with its {@code _index.md}. The same page count and seed always give byte-identical files.
 */
public final class SyntheticPlaybook {
    /** Bump whenever the generated files change, so cached corpora are regenerated. */
    public static final int FORMAT_VERSION = 1;

    private final int pageCount;
    private final long seed;
    private final CorpusPlan plan;

    public SyntheticPlaybook(int pageCount, long seed) {
        this.pageCount = pageCount;
        this.seed = seed;
        this.plan = new CorpusPlanner().plan(pageCount, seed);
    }

    public int pageCount() {
        return pageCount;
    }

    public long seed() {
        return seed;
    }

    /** Writes the corpus into {@code dir}, which must be absent or empty. */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("output folder is not empty: " + dir);
            }
        }
        Files.writeString(dir.resolve("playbook.yml"), config(), StandardCharsets.UTF_8);
        for (int section = 0; section < plan.sections(); section++) {
            Files.createDirectory(dir.resolve(String.format(Locale.ROOT, "sec-%04d", section)));
        }
        ProseWriter prose = new ProseWriter();
        FrontMatterWriter frontMatter = new FrontMatterWriter(plan, prose);
        PageBodyWriter body = new PageBodyWriter(plan, prose);
        try {
            // Each page draws only from its own random streams, so writing in parallel changes no byte.
            IntStream.range(0, plan.size()).parallel().forEach(index -> {
                PagePlan page = plan.pages().get(index);
                String text = frontMatter.write(page, PageRandom.FRONT_MATTER.of(seed, index))
                        + body.write(page, PageRandom.BODY.of(seed, index));
                try {
                    Files.writeString(dir.resolve(page.path()), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + page.path(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String config() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("title: Synthetic Playbook ").append(pageCount).append('\n');
        yaml.append("description: Generated corpus for benchmarks.\n");
        yaml.append("release: \"bench\"\n");
        yaml.append("language: en\n");
        yaml.append("roles:\n");
        for (Role role : Role.ALL) {
            yaml.append("  - id: ").append(role.id()).append('\n');
            yaml.append("    title: ").append(role.title()).append('\n');
        }
        return yaml.toString();
    }
}
