package dev.playbook.browser;

import dev.playbook.testing.TestPlaybook;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The repository's sample playbook, built through the real command line for the browser to read. */
final class SampleSite {

    /** The release the sample's playbook.yml names: its pages are in {@code <out>/2026.2/}. */
    static final String RELEASE = "2026.2";

    private SampleSite() {
    }

    /** Builds {@code playbook/} into {@code out} (the release in {@code out/2026.2/}) and returns {@code out}. */
    static Path buildInto(Path out) {
        Path source = Path.of(System.getProperty("playbook.repo.root", "..")).resolve("playbook").toAbsolutePath().normalize();
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        return out;
    }
}
