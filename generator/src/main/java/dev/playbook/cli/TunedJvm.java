package dev.playbook.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code build} and {@code check} in a JVM tuned for a short, allocation-heavy batch job.
 * A build is over in seconds, so the default JVM spends a quarter of its CPU compiling with C2
 * and grows its heap far beyond what it keeps alive. Measured on 10,000 pages (2 cores): about
 * 27 s and 1.6 GB with defaults, about 20 s and 0.6 GB with these flags. {@code java -jar}
 * cannot carry JVM flags, so the jar starts a second JVM with them, unless the user gave JVM
 * flags of their own or set {@code PLAYBOOK_TUNED_JVM=off}. The launcher beside the jar
 * ({@code src/main/launcher/playbook}, built to {@code target/playbook}) starts the same JVM without
 * this one in between: keep {@link #FLAGS}, {@link #heapFor} and {@link #heapFlags} in step with it (LauncherTest checks).
 */
final class TunedJvm {

    static final String MARKER = "playbook.tunedJvm";
    static final List<String> FLAGS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseParallelGC",
            "-XX:GCTimeRatio=9",
            // Classes pass the default first threshold of metadata (about 21 MB) in every build,
            // which costs a full collection (35 ms on the sample, 180 ms at 10,000 pages).
            "-XX:MetaspaceSize=128m",
            "-D" + MARKER + "=true");
    /** The heap a build gets beyond what its text needs (classes, templates, the theme, Lucene's buffers). */
    static final long BASE_HEAP = 256L << 20;
    /**
     * Heap per byte of text in the source. Measured at 10,000 pages (41 MB of Markdown): the build
     * completes in a 400 MB heap (peak RSS 518 MB), while a free-growing parallel collector takes
     * 1.4 GB of RSS. 12 bytes a byte gives 750 MB there (under 1 GB of RSS) and 5.2 GB at
     * 100,000 pages, which a 16 GB machine has.
     */
    static final long HEAP_PER_SOURCE_BYTE = 12;
    /** The least ceiling a build gets: enough for the theme, Lucene and a few hundred pages. */
    static final long HEAP_FLOOR = 512L << 20;
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private TunedJvm() {
    }

    /** The tuned JVM's command line, and the class-data archive it uses or writes. */
    record Launch(List<String> command, Optional<ClassArchive.Use> archive) {
    }

    /** The command line of the tuned JVM, when one should run this command. */
    static Optional<Launch> command(String[] args) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || Boolean.getBoolean(MARKER)
                || "off".equalsIgnoreCase(System.getenv("PLAYBOOK_TUNED_JVM"))
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        String java = ClassArchive.javaCommand();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(FLAGS);
        command.addAll(heapFlags(heapFor(sourceOf(args), physicalMemory())));
        Optional<ClassArchive.Use> archive = "off".equalsIgnoreCase(System.getenv("PLAYBOOK_CDS"))
                ? Optional.empty() : ClassArchive.forClassPath(classPath, FLAGS, Runtime.version().feature(), java);
        archive.ifPresent(use -> command.addAll(use.flags()));
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(new Launch(List.copyOf(command), archive));
    }

    /**
     * The heap ceiling for a build of {@code source}: {@link #BASE_HEAP} plus
     * {@link #HEAP_PER_SOURCE_BYTE} for each byte of its text files, at most three quarters of
     * {@code memory} (and never less than 512 MB, or the whole of three quarters when less).
     * Without a ceiling the parallel collector grows the heap far beyond what a build keeps.
     */
    static long heapFor(Path source, long memory) {
        long text = textBytes(source);
        long wanted = Math.max(HEAP_FLOOR, BASE_HEAP + HEAP_PER_SOURCE_BYTE * text);
        return memory <= 0 ? wanted : Math.min(wanted, memory / 4 * 3);
    }

    /**
     * The heap flags for a ceiling: {@code -Xmx}, and for a ceiling above {@link #HEAP_FLOOR} (a
     * source large enough to fill it) the same {@code -Xms}. A large build fills its heap anyway;
     * growing it step by step cost full collections (at 10,000 pages a one-page edit's rebuild
     * took 6% less wall time and 8% less CPU at once at full size, with the same peak RSS). A small
     * build keeps the default start, which holds its peak RSS down (at 1,000 pages a full-size
     * start added 40 MB and saved no time).
     */
    static List<String> heapFlags(long heap) {
        String megabytes = (heap >> 20) + "m";
        return heap > HEAP_FLOOR ? List.of("-Xmx" + megabytes, "-Xms" + megabytes) : List.of("-Xmx" + megabytes);
    }

    /** The bytes of the source's Markdown, HTML and data files: what a build holds in memory. */
    static long textBytes(Path source) {
        long[] total = {0};
        try {
            Files.walkFileTree(dev.playbook.build.BuildOptions.followed(source), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attributes.isRegularFile() && TEXT.matcher(name).find()) {
                        total[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return total[0];
        }
        return total[0];
    }

    private static final java.util.regex.Pattern TEXT =
            java.util.regex.Pattern.compile("\\.(md|markdown|mdown|mkd|html?|ya?ml|json|toml|csv)$");

    /** {@code --source DIR} (or {@code --source=DIR}) of the command line; {@code playbook} when not given. */
    static Path sourceOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--source=")) {
                return Path.of(args[i].substring("--source=".length()));
            }
        }
        return Path.of("playbook");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /** Runs the command with this process's streams and returns its exit code. */
    static int run(Launch launch) throws IOException {
        int code = run(launch.command());
        launch.archive().ifPresent(archive -> archive.finish(code));
        return code;
    }

    private static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(child::destroy, "stop-build");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Main.FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook stops the child.
            }
        }
    }
}
