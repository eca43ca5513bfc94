package dev.playbook.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a page's Markdown body: an introduction, then each planned heading with paragraphs, lists and at
 * most one table, and 3-8 links to other pages (a third of them to a heading anchor) woven into paragraphs.
 */
final class PageBodyWriter {
    private final CorpusPlan corpus;
    private final ProseWriter prose;

    PageBodyWriter(CorpusPlan corpus, ProseWriter prose) {
        this.corpus = corpus;
        this.prose = prose;
    }

    /** A paragraph keeps a mutable sentence list until links are placed in it; everything else is final text. */
    private record Block(String text, List<String> sentences) {
        static Block text(String text) {
            return new Block(text, List.of());
        }

        static Block paragraph(List<String> sentences) {
            return new Block("", sentences);
        }

        boolean isParagraph() {
            return !sentences.isEmpty();
        }
    }

    String write(PagePlan page, Random random) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(random, 2 + random.nextInt(2)));
        int tableAfterHeading = random.nextInt(4) == 0 ? random.nextInt(page.headings().size()) : -1;
        List<Heading> headings = page.headings();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            blocks.add(Block.text("#".repeat(heading.level()) + " " + heading.text()));
            if (heading.level() == 2) {
                blocks.add(paragraph(random, 2 + random.nextInt(2)));
                if (random.nextInt(3) == 0) {
                    blocks.add(paragraph(random, 2 + random.nextInt(2)));
                }
            } else {
                blocks.add(paragraph(random, 2 + random.nextInt(2)));
            }
            if (i == tableAfterHeading) {
                blocks.add(Block.text(table(random)));
            }
            int list = random.nextInt(10);
            if (list < 3) {
                blocks.add(Block.text(list(random, false)));
            } else if (list < 5) {
                blocks.add(Block.text(list(random, true)));
            }
        }
        placeLinks(page, blocks, random);
        StringBuilder body = new StringBuilder(4096);
        for (Block block : blocks) {
            body.append(block.isParagraph() ? String.join(" ", block.sentences()) : block.text()).append("\n\n");
        }
        body.setLength(body.length() - 1);
        return body.toString();
    }

    private Block paragraph(Random random, int sentences) {
        List<String> text = new ArrayList<>(sentences + 2);
        for (int i = 0; i < sentences; i++) {
            text.add(prose.sentence(random));
        }
        return Block.paragraph(text);
    }

    private String list(Random random, boolean numbered) {
        int items = 3 + random.nextInt(3);
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            String template = ProseWriter.pick(numbered ? Templates.STEP : Templates.BULLET, random);
            list.append(numbered ? i + ". " : "- ").append(prose.fill(template, random)).append('\n');
        }
        return list.substring(0, list.length() - 1);
    }

    private String table(Random random) {
        StringBuilder table = new StringBuilder();
        boolean bySituation = random.nextBoolean();
        table.append(bySituation ? "| Situation | First step | Who decides |\n" : "| Channel | Respond | Owner |\n");
        table.append("| --- | --- | --- |\n");
        int rows = 3 + random.nextInt(3);
        for (int i = 0; i < rows; i++) {
            String first = bySituation ? prose.slot("Condition", random) : prose.slot("Channel", random);
            String second = bySituation ? prose.slot("Action", random) : prose.slot("time", random);
            String owner = ProseWriter.pick(Role.ALL, random).title();
            table.append("| ").append(first).append(" | ").append(second).append(" | ").append(owner).append(" |\n");
        }
        return table.substring(0, table.length() - 1);
    }

    /** Each link sentence lands at a random place in a random paragraph. */
    private void placeLinks(PagePlan page, List<Block> blocks, Random random) {
        List<Block> paragraphs = blocks.stream().filter(Block::isParagraph).toList();
        for (PagePlan target : targets(page, random)) {
            String href = target.hrefFrom(page);
            String sentence;
            if (random.nextInt(3) == 0) {
                Heading heading = ProseWriter.pick(target.headings(), random);
                sentence = prose.fill(ProseWriter.pick(Templates.ANCHOR_LINK, random), random, Map.of(
                        "heading", heading.text(), "title", target.title(), "href", href + "#" + heading.slug()));
            } else {
                sentence = prose.fill(ProseWriter.pick(Templates.LINK, random), random,
                        Map.of("title", target.title(), "href", href));
            }
            List<String> sentences = ProseWriter.pick(paragraphs, random).sentences();
            sentences.add(random.nextInt(sentences.size() + 1), sentence);
        }
    }

    /** 3-8 distinct other pages, half of them from the page's own section when it has others. */
    private List<PagePlan> targets(PagePlan page, Random random) {
        int wanted = Math.min(3 + random.nextInt(6), corpus.size() - 1);
        Set<PagePlan> targets = new LinkedHashSet<>();
        while (targets.size() < wanted) {
            int index;
            if (!page.isHome() && random.nextBoolean()) {
                int start = corpus.sectionStart(page.section());
                index = start + random.nextInt(corpus.sectionEnd(page.section()) - start);
            } else {
                index = random.nextInt(corpus.size());
            }
            if (index != page.index()) {
                targets.add(corpus.pages().get(index));
            }
        }
        return List.copyOf(targets);
    }
}
