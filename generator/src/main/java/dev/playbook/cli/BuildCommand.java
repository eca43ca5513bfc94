package dev.playbook.cli;

import dev.playbook.build.BuildOptions;
import dev.playbook.build.BuildReport;
import dev.playbook.build.StoredCache;
import dev.playbook.releases.ReleaseBuild;
import dev.playbook.releases.ReleaseException;
import dev.playbook.releases.ReleasesReport;
import dev.playbook.theme.ThemeNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code playbook build}: the current release into {@code <out>/<release>/} (with
 * {@code --all-releases}, every release tagged in git too), published only when there are no errors.
 */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Builds the playbook into a static site.",
                "Exit codes: 0 built, 1 content errors (nothing published), 2 usage error, 3 failure (e.g. disk full; the"
                        + " site is left as it was), 4 another build is writing the output folder."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SourceOptions sources;

    @CommandLine.Mixin
    DebugOption debug;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-out",
            description = "Where the site is written, each release in its own folder (default: ${DEFAULT-VALUE}). Files Playbook did not write are never touched.")
    Path out;

    @Option(names = "--all-releases",
            description = "Also build every release tagged in git (tags matching release-tags in playbook.yml, default release/*); unchanged releases are not rebuilt.")
    boolean allReleases;

    @Option(names = "--theme", paramLabel = "NAME|DIR", defaultValue = "default",
            description = "A theme folder, or a name looked up as themes/NAME/ beside the source; it overrides the built-in theme file by file (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--stats", description = "Print figures (pages, stage times, peak memory) as 'stat KEY VALUE' lines.")
    boolean stats;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Build from nothing, neither reading nor writing the build cache (.playbook-cache/ in the source folder).")
    boolean noCache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        if (sources.missingConfig().isPresent()) {
            err.println(sources.missingConfig().get());
            return Main.USAGE;
        }
        BuildOptions options = new BuildOptions(sources.source, sources.display(), this.out, theme, sources.release,
                sources.drafts, sources.date, true);
        ReleasesReport report;
        Optional<StoredCache> cache = noCache ? Optional.empty()
                : Optional.of(StoredCache.open(sources.source, line -> {
                    if (debug.debug) {
                        err.println("playbook: " + line);
                    }
                }));
        try {
            ReleaseBuild.Options releases = new ReleaseBuild.Options(options, allReleases, line -> {
                if (!quiet && allReleases) {
                    out.println(line);
                    out.flush();
                }
            });
            report = ReleaseBuild.run(cache.map(c -> releases.withStored(c.cache())).orElse(releases));
            boolean published = report.published();
            cache.ifPresent(c -> c.save(published));
        } catch (ReleaseException.OutputLocked e) {
            err.println("playbook: " + e.getMessage());
            return Main.LOCKED;
        } catch (ThemeNotFoundException | ReleaseException e) {
            err.println("playbook: " + e.getMessage());
            return Main.USAGE;
        }
        report.problems().forEach(p -> err.println(p.format()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!report.published()) {
            err.println("playbook: " + report.summary(this.out, millis));
        } else if (!quiet) {
            out.println(report.summary(this.out, millis));
            out.printf("Latest release: %s (open %s)%n", report.latest().orElse(""), this.out.resolve("index.html"));
        }
        if (stats) {
            report.releases().stream().flatMap(r -> r.report().stream()).reduce((a, b) -> b)
                    .ifPresent(last -> printStats(out, last, report, millis));
        }
        return report.published() ? Main.OK : Main.CONTENT_ERRORS;
    }

    private static void printStats(PrintWriter out, BuildReport report, ReleasesReport releases, long millis) {
        Map<String, Long> releaseMillis = releases.stageMillis();
        out.println("stat pages " + report.pages());
        out.println("stat warnings " + releases.warnings());
        out.println("stat broken_links " + releases.problems().stream()
                .filter(p -> p.message().startsWith("broken link: ") || p.message().startsWith("missing anchor: ")).count());
        out.println("stat files_written " + report.written());
        out.println("stat bytes_written " + report.bytesWritten());
        for (Map.Entry<String, Long> stage : report.stageMillis().entrySet()) {
            out.println("stat stage." + stage.getKey().replace(' ', '_') + ".ms " + stage.getValue());
        }
        for (Map.Entry<String, Long> step : releaseMillis.entrySet()) {
            out.println("stat stage." + step.getKey().replace(' ', '_') + ".ms " + step.getValue());
        }
        out.println("stat build.ms " + millis);
        peakResidentKilobytes().ifPresent(kb -> out.println("stat peak_rss_kb " + kb));
    }

    /** The process's peak resident memory (Linux), which includes the JVM's own overhead. */
    private static Optional<Long> peakResidentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
