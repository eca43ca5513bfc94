package dev.playbook.build;

import dev.playbook.write.SiteWriter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A build whose output is staged but not yet published. Several releases are staged first and
 * committed together only when none has errors, so a failed build leaves every folder as it was.
 * Closing discards whatever was not committed.
 */
public final class StagedBuild implements AutoCloseable {

    private final BuildReport report;
    private final Optional<SiteWriter> writer;
    private final Supplier<BuildReport> committed;

    StagedBuild(BuildReport report, Optional<SiteWriter> writer, Supplier<BuildReport> committed) {
        this.report = report;
        this.writer = writer;
        this.committed = committed;
    }

    /** The build's problems and figures so far (nothing published yet). */
    public BuildReport report() {
        return report;
    }

    /** True when the build has no errors and has output to publish. */
    public boolean publishable() {
        return writer.isPresent() && !report.hasErrors();
    }

    /** Publishes the staged output; the report then counts the files written, unchanged and removed. */
    public BuildReport commit() {
        if (!publishable()) {
            throw new IllegalStateException("nothing to publish: " + report.errors() + " error(s)");
        }
        return committed.get();
    }

    @Override
    public void close() {
        if (writer.isPresent()) {
            try {
                writer.get().close();
            } catch (IOException e) {
                throw new BuildException("write", e);
            }
        }
    }
}
