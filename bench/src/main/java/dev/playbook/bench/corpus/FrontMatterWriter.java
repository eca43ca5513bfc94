package dev.playbook.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes a page's YAML front matter, including the type-specific fields of stories and parameters. */
final class FrontMatterWriter {
    private static final List<String> CHANNELS = List.of("phone", "store", "chat", "email", "online");
    private static final List<Integer> AMOUNTS = List.of(10, 15, 20, 25, 40, 50, 75, 100, 150, 200, 250, 500);
    private static final List<Integer> MINUTES = List.of(5, 10, 15, 20, 30, 45, 60, 90);

    /** What a limit allows, and whether it is counted in minutes rather than dollars. */
    private record Extra(String text, boolean minutes) {
    }

    private static final List<Extra> EXTRAS = List.of(
            new Extra("Goodwill credit for a late delivery", false), new Extra("Waived return postage", false),
            new Extra("Price match against a competitor", false), new Extra("Refund without a receipt", false),
            new Extra("Gift card reissue", false), new Extra("Manual discount at the till", false),
            new Extra("Courier claim payout", false), new Extra("Compensation for a missed slot", false),
            new Extra("Callback outside opening hours", true), new Extra("Hold time before a transfer", true),
            new Extra("Extra time on a home visit", true), new Extra("Time spent on a complex case", true));

    private final CorpusPlan corpus;
    private final ProseWriter prose;

    FrontMatterWriter(CorpusPlan corpus, ProseWriter prose) {
        this.corpus = corpus;
        this.prose = prose;
    }

    String write(PagePlan page, Random random) {
        StringBuilder yaml = new StringBuilder(512).append("---\n");
        yaml.append("title: ").append(quote(page.title())).append('\n');
        yaml.append("type: ").append(page.type().yamlName()).append('\n');
        yaml.append("summary: ").append(quote(prose.fill(ProseWriter.pick(Templates.SUMMARY, random), random)))
                .append('\n');
        yaml.append("tags: [").append(String.join(", ", page.tags())).append("]\n");
        yaml.append("weight: ").append(page.weight()).append('\n');
        switch (page.type()) {
            case STORY -> story(yaml, random);
            case PARAMETER -> limits(yaml, page, random);
            default -> { }
        }
        return yaml.append("---\n\n").toString();
    }

    private void story(StringBuilder yaml, Random random) {
        List<PagePlan> standards = corpus.standards();
        PagePlan first = ProseWriter.pick(standards, random);
        PagePlan second = ProseWriter.pick(standards, random);
        yaml.append("illustrates: [").append(first.id());
        if (second != first && random.nextBoolean()) {
            yaml.append(", ").append(second.id());
        }
        yaml.append("]\n");
        yaml.append("context:\n");
        yaml.append("  channel: ").append(ProseWriter.pick(CHANNELS, random)).append('\n');
        yaml.append("  situation: ").append(quote(prose.fill(ProseWriter.pick(Templates.SITUATION, random), random)))
                .append('\n');
        yaml.append("outcome: ").append(quote(prose.fill(ProseWriter.pick(Templates.OUTCOME, random), random)))
                .append('\n');
    }

    /** 2-4 limits with distinct extras; the page code in each extra keeps extras unique across the corpus. */
    private void limits(StringBuilder yaml, PagePlan page, Random random) {
        List<Extra> extras = new ArrayList<>(EXTRAS);
        int count = 2 + random.nextInt(3);
        yaml.append("limits:\n");
        for (int i = 0; i < count; i++) {
            Extra extra = extras.remove(random.nextInt(extras.size()));
            int role = random.nextInt(Role.ALL.size() - 1);
            int approval = role + 1 + random.nextInt(Role.ALL.size() - role - 1);
            String upTo = extra.minutes()
                    ? ProseWriter.pick(MINUTES, random) + " minutes"
                    : ProseWriter.pick(AMOUNTS, random) + " USD";
            yaml.append("  - role: ").append(Role.ALL.get(role).id()).append('\n');
            yaml.append("    extra: ").append(quote(extra.text() + " (case type " + page.code() + ")")).append('\n');
            yaml.append("    up-to: ").append(quote(upTo)).append('\n');
            yaml.append("    approval: ").append(Role.ALL.get(approval).id()).append('\n');
            yaml.append("    conditions: ")
                    .append(quote(prose.fill(ProseWriter.pick(Templates.LIMIT_CONDITION, random), random)))
                    .append('\n');
        }
    }

    /** A double-quoted YAML scalar; generated text never holds control characters. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
