package dev.playbook.faults;

import dev.playbook.build.BuildOptions;
import dev.playbook.cli.Main;
import dev.playbook.serve.DevServer;
import dev.playbook.testing.TestPlaybook;
import dev.playbook.write.OutputLock;
import dev.playbook.write.OutputLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: one writer per output folder. A second build (or a dev server) on the same {@code --out}
 * fails at once with "another build is writing site-out (pid N); wait for it or stop it" and exit
 * code 4, touching nothing; the lock of a build killed with {@code kill -9} is taken over by the
 * next build, which publishes a whole site.
 */
class LockTest {

    @TempDir
    Path dir;

    private TestPlaybook playbook() {
        TestPlaybook site = TestPlaybook.in(dir);
        for (int i = 0; i < 30; i++) {
            site.file("pages/page-" + i + ".md", "# Page " + i + "\n\n" + "Words about service. ".repeat(200) + "\n");
        }
        return site.file("index.md", "# Home\n\nWelcome.\n");
    }

    @Test
    void aSecondBuildWhileOneRunsIsRefusedWithTheHoldersPid() throws Exception {
        TestPlaybook site = playbook();
        Process first = ChildBuild.start(ChildBuild.command(List.of(), "build", "--source", site.source().toString(),
                "--out", site.out().toString(), "-q"));
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line = err.readLine(); // the first stage's trace: the lock is held by then
            assertTrue(line != null && line.startsWith("playbook: trace: "), String.valueOf(line));
            signal("STOP", first.pid()); // it holds the lock, paused, however fast this machine is

            ChildBuild.Outcome second = ChildBuild.run(ChildBuild.command(List.of(), "build", "--source",
                    site.source().toString(), "--out", site.out().toString()));
            assertEquals(Main.LOCKED, second.exitCode(), second.err());
            assertEquals("playbook: another build is writing " + site.out() + " (pid " + first.pid()
                    + "); wait for it or stop it\n", second.messages());

            TestPlaybook.Result inProcess = site.build();
            assertEquals(Main.LOCKED, inProcess.exitCode(), inProcess.toString());
            signal("CONT", first.pid());
            while (err.readLine() != null) {
                // the first build runs to its end
            }
        }
        assertTrue(first.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue());
        Path clean = dir.resolve("clean/site-out");
        assertEquals(0, TestPlaybook.run("build", "--source", site.source().toString(), "--out", clean.toString(), "-q").exitCode());
        assertEquals(Optional.empty(), SiteState.of(site.out()).differenceFrom(SiteState.of(clean)),
                "the build that held the lock published a whole site");
    }

    @Test
    void aBuildAndADevServerOnTheSameFolderExcludeEachOther() throws Exception {
        TestPlaybook site = playbook();
        assertEquals(0, site.build().exitCode());
        BuildOptions options = new BuildOptions(site.source(), "playbook", site.out(), "default", Optional.empty(), true,
                Optional.empty(), true);
        try (DevServer server = DevServer.start(new DevServer.Settings(options, "127.0.0.1", 0, false, line -> { }))) {
            assertTrue(server.lastBuild().published());
            SiteState served = SiteState.of(site.out());
            ChildBuild.Outcome build = ChildBuild.run(ChildBuild.command(List.of(), "build", "--source",
                    site.source().toString(), "--out", site.out().toString()));
            assertEquals(Main.LOCKED, build.exitCode(), build.err());
            assertEquals("playbook: another build is writing " + site.out() + " (pid " + ProcessHandle.current().pid()
                    + "); wait for it or stop it\n", build.messages());
            assertTrue(SiteState.of(site.out()).identical(served), "the refused build touched nothing");
            OutputLockedException same = assertThrows(OutputLockedException.class, () -> OutputLock.take(site.out(), "site-out"));
            assertEquals(Long.toString(ProcessHandle.current().pid()), same.pid());
        }

        try (OutputLock held = OutputLock.take(site.out(), site.out().toString())) {
            ChildBuild.Outcome serve = ChildBuild.run(ChildBuild.command(List.of(), "serve", "--source",
                    site.source().toString(), "--out", site.out().toString(), "--port", "0"));
            assertEquals(Main.LOCKED, serve.exitCode(), serve.err());
            assertTrue(serve.messages().contains("another build is writing " + site.out() + " (pid "), serve.err());
        }
        assertEquals(0, site.build().exitCode(), "the lock is free again once its holder is done");
    }

    @Test
    void theLockOfAKilledBuildIsTakenOverAndItsDebrisRemoved() throws Exception {
        TestPlaybook site = playbook();
        Process killed = ChildBuild.start(ChildBuild.command(List.of(), "build", "--source", site.source().toString(),
                "--out", site.out().toString(), "-q"));
        try (BufferedReader err = new BufferedReader(new InputStreamReader(killed.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null && !line.equals("playbook: trace: layout"); line = err.readLine()) {
                // until the build is staging its pages
            }
            killed.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
        }
        killed.waitFor(1, TimeUnit.MINUTES);
        Path lock = OutputLock.fileOf(site.out());
        assertEquals(Long.toString(killed.pid()), Files.readString(lock).strip(), "the killed build's pid is still in the lock file");
        assertTrue(SiteState.namesIn(dir).stream().anyMatch(n -> n.startsWith(".site-out.staging-")),
                "the killed build left its staging folder: " + SiteState.namesIn(dir));

        TestPlaybook.Result next = site.build();
        assertEquals(0, next.exitCode(), next.toString());
        assertEquals(Set.of("playbook", "site-out", ".site-out.lock"), SiteState.namesIn(dir));
        Path clean = dir.resolve("clean/site-out");
        assertEquals(0, TestPlaybook.run("build", "--source", site.source().toString(), "--out", clean.toString(), "-q").exitCode());
        assertEquals(Optional.empty(), SiteState.of(site.out()).differenceFrom(SiteState.of(clean)));
    }

    private static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }
}
