package dev.playbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code playbook init DIR}: a new playbook that builds and checks clean, with comments showing the
 * format; {@code playbook init --from DIR}: a {@code playbook.yml} for a handbook from another generator.
 */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Creates a new playbook in DIR: playbook.yml, a home page, a vision, one standard, one parameter page"
                + " and one story, each with comments on the format. DIR must be empty or not exist.",
                "With --from DIR: writes playbook.yml for the handbook in DIR, written for Hugo, Jekyll, MkDocs, Docusaurus,"
                        + " Eleventy or GitBook (title, base path and language from its config), checks it and prints a"
                        + " migration report.",
                "Exit codes: 0 created (with --from: and the handbook checks without errors), 1 with --from: written, but"
                        + " the handbook has errors to fix before it builds, 2 usage error (DIR not empty; playbook.yml"
                        + " exists without --force), 3 playbook.yml could not be written."})
final class InitCommand implements Callable<Integer> {

    /** The starter files, below the class-path folder {@code /playbook-init/}. */
    static final List<String> FILES = List.of("playbook.yml", "index.md", "vision.md", "standards/greet-every-customer.md",
            "parameters/goodwill-credits.md", "stories/the-late-delivery.md", ".gitignore");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", defaultValue = "playbook", description = "The folder to create (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--from", paramLabel = "DIR",
            description = "A handbook from another generator: write playbook.yml for it (in its Markdown folder) and report"
                    + " what Playbook makes of it.")
    Optional<Path> from;

    @Option(names = "--force", description = "With --from: replace an existing playbook.yml.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (from.isPresent()) {
            if (spec.commandLine().getParseResult().hasMatchedPositional(0)) {
                err.println("playbook: give either DIR (a new playbook) or --from DIR (an existing handbook), not both");
                return Main.USAGE;
            }
            return InitFrom.run(from.get(), force, spec.commandLine().getOut(), err);
        }
        if (force) {
            err.println("playbook: --force goes with --from; init DIR never overwrites files");
            return Main.USAGE;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println("playbook: " + folder + " exists and is not a folder; choose another name");
            return Main.USAGE;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    err.println("playbook: " + folder + " is not empty; init never overwrites files. Give a new or empty folder.");
                    return Main.USAGE;
                }
            }
        }
        for (String name : FILES) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent() == null ? folder : target.getParent());
            try (InputStream in = InitCommand.class.getResourceAsStream("/playbook-init/" + name)) {
                if (in == null) {
                    throw new IOException("the starter file " + name + " is missing from this build of Playbook");
                }
                Files.copy(in, target);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created a playbook in " + folder + " (" + FILES.size() + " files). Next:");
        out.println("  playbook check --source " + folder);
        out.println("  playbook build --source " + folder);
        return Main.OK;
    }
}
