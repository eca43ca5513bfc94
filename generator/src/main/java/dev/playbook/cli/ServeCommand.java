package dev.playbook.cli;

import dev.playbook.build.BuildOptions;
import dev.playbook.releases.ReleaseException;
import dev.playbook.serve.DevServer;
import dev.playbook.serve.TemporarySites;
import dev.playbook.theme.ThemeNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code playbook serve}: builds the current release with drafts, serves it on loopback, rebuilds
 * on every save and reloads open pages, until Ctrl-C.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Builds the playbook (drafts included), serves it over HTTP and rebuilds what each save changes;"
                + " open pages reload by themselves and show errors as an overlay. Stop with Ctrl-C.",
                "Exit codes: 0 stopped, 2 usage error (e.g. the port is taken), 4 another build is writing the output folder."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SourceOptions sources;

    @CommandLine.Mixin
    DebugOption debug;

    @Option(names = "--port", defaultValue = "8000", paramLabel = "PORT",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    String bind;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the site is built and served from, laid out as build lays it out (default: a temporary folder, removed on exit).")
    Optional<Path> out;

    @Option(names = "--theme", paramLabel = "NAME|DIR", defaultValue = "default",
            description = "As for build; the theme's folder is watched too (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--timings", description = "Log how long each stage of every build takes.")
    boolean timings;

    @Option(names = "--no-drafts", description = "Leave out pages marked draft: true, as build does.")
    boolean noDrafts;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (sources.missingConfig().isPresent()) {
            err.println(sources.missingConfig().get());
            return Main.USAGE;
        }
        if (this.out.isEmpty()) {
            TemporarySites.removeAbandoned(Path.of(System.getProperty("java.io.tmpdir")));
        }
        Path folder = this.out.isPresent() ? this.out.get() : TemporarySites.create();
        BuildOptions options = new BuildOptions(sources.source, sources.display(), folder, theme, sources.release,
                !noDrafts, sources.date, true);
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Settings(options, bind, port, this.out.isEmpty(), timings, line -> {
                out.println(line);
                out.flush();
            }));
        } catch (ReleaseException.OutputLocked | dev.playbook.write.OutputLockedException e) {
            err.println("playbook: " + e.getMessage());
            return Main.LOCKED;
        } catch (ThemeNotFoundException | ReleaseException e) {
            err.println("playbook: " + e.getMessage());
            return Main.USAGE;
        } catch (BindException e) {
            err.println("playbook: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); choose another --port");
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("playbook: " + e.getMessage());
            }
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "playbook-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        String release = server.lastBuild().release().map(r -> r + "/").orElse("");
        out.println("Serving " + server.address() + release + " (from " + folder + "); watching " + sources.source
                + ". Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
