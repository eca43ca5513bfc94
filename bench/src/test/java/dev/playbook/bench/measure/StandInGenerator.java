package dev.playbook.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plays the generator's {@code build --source DIR --out DIR --stats} command for the benchmark tests: it insists on
 * that exact command line, writes one file per page and prints the stat lines the real build prints.
 * With {@code -Dstandin.fail=true} it fails the way a broken build does.
 */
public final class StandInGenerator {
    private StandInGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6 || !args[0].equals("build") || !args[1].equals("--source") || !args[3].equals("--out")
                || !args[5].equals("--stats")) {
            System.err.println("usage: build --source DIR --out DIR --stats, got " + List.of(args));
            System.exit(2);
        }
        if (Boolean.getBoolean("standin.fail")) {
            System.err.println("sec-0000/_index.md:3:1: broken on purpose");
            System.exit(1);
        }
        long start = System.nanoTime();
        Path source = Path.of(args[2]);
        Path out = Path.of(args[4]);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(source)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        Files.createDirectories(out);
        for (Path page : pages) {
            Path html = out.resolve(source.relativize(page).toString().replace(".md", ".html"));
            Files.createDirectories(html.getParent());
            Files.writeString(html, "<p>" + Files.size(page) + "</p>\n");
        }
        System.out.println("building...");
        System.out.println("stat pages " + pages.size());
        System.out.println("stat stage.load.ms " + loadMs);
        System.out.println("stat stage.render.ms " + (System.nanoTime() - start) / 1_000_000);
        System.out.println("stat index_bytes 4096");
        long broken = 0;
        for (Path page : pages) {
            broken += Files.readString(page).contains("\n## Older notes\n") ? 5 : 0;
        }
        System.out.println("stat warnings " + (broken + 1));
        System.out.println("stat broken_links " + broken);
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                System.out.println("stat peak_rss_kb " + line.substring(6).replace("kB", "").trim());
            }
        }
    }
}
