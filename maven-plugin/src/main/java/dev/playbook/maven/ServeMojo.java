package dev.playbook.maven;

import dev.playbook.releases.ReleaseException;
import dev.playbook.serve.DevServer;
import dev.playbook.theme.ThemeNotFoundException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.net.BindException;

/**
 * {@code mvn playbook:serve}: builds the playbook (drafts included), serves it on loopback and rebuilds
 * what each save changes, as {@code playbook serve} does, until Ctrl-C. Bound to no phase.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends PlaybookMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "playbook.port", defaultValue = "8000")
    int port;

    /** The address to listen on (127.0.0.1: this machine only; 0.0.0.0 opens it to the network). */
    @Parameter(property = "playbook.bind", defaultValue = "127.0.0.1")
    String bind;

    /** Where the site is built and served from. */
    @Parameter(property = "playbook.serveOut", defaultValue = "${project.build.directory}/site-serve")
    File out;

    /** As for build; the theme's folder is watched too. */
    @Parameter(property = "playbook.theme", defaultValue = "default")
    String theme;

    /** Include pages marked draft: true (as playbook serve does, unless --no-drafts). */
    @Parameter(property = "playbook.drafts", defaultValue = "true")
    boolean drafts;

    /** Log how long each stage of every build takes. */
    @Parameter(property = "playbook.timings", defaultValue = "false")
    boolean timings;

    /** Set once the server listens: its address, for whoever waits on it (tests). */
    volatile String address;

    @Override
    String goal() {
        return "serve";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("<port> must be between 0 and 65535, found " + port);
        }
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Settings(options(out.toPath(), theme, drafts, true), bind, port, false,
                    timings, line -> getLog().info(line)));
        } catch (BindException e) {
            throw new MojoFailureException("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); choose another <port>", e);
        } catch (ReleaseException.OutputLocked | dev.playbook.write.OutputLockedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ThemeNotFoundException | ReleaseException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the server: " + e.getMessage(), e);
        }
        try (server) {
            address = server.address() + server.lastBuild().release().map(r -> r + "/").orElse("");
            getLog().info("Serving " + address + " (from " + out + "); watching " + display() + ". Press Ctrl-C to stop.");
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getLog().info("Stopped.");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot stop the server: " + e.getMessage(), e);
        }
    }
}
