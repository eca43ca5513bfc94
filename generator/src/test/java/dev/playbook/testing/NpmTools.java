package dev.playbook.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JavaScript tools a test uses, installed by Maven from {@code src/test/npm/package-lock.json}
 * into {@code generator/target/npm/node_modules} (where npm is installed): axe-core, scorm-again
 * and vnu-jar. Without the tool the test is skipped with the reason printed; on CI
 * ({@code CI=true}) it fails instead, so a machine without them can never pass for green.
 */
public final class NpmTools {

    private NpmTools() {
    }

    /** axe-core's browser bundle, to inject into a page and run {@code axe.run()}. */
    public static Path axeCore() {
        return file("axe-core", "axe.min.js");
    }

    /** A file of scorm-again's {@code dist/} folder, e.g. {@code scorm12.min.js}. */
    public static Path scormAgain(String distFile) {
        return file("scorm-again", "dist/" + distFile);
    }

    /** The Nu HTML checker's jar, to run with {@code java -jar vnu.jar}. */
    public static Path vnuJar() {
        return file("vnu-jar", "build/dist/vnu.jar");
    }

    /** The node_modules folder the tools are installed in. */
    public static Path modules() {
        return Path.of(System.getProperty("playbook.repo.root", ".."), "generator", "target", "npm", "node_modules")
                .toAbsolutePath().normalize();
    }

    private static Path file(String pkg, String inside) {
        Path file = modules().resolve(pkg).resolve(inside);
        if (!Files.isRegularFile(file)) {
            String reason = "npm package " + pkg + " is not installed (" + file + "): install npm and run"
                    + " `mvn -pl generator generate-test-resources`, which runs src/test/npm/install.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            System.err.println("skipped: " + reason);
            Assumptions.abort(reason);
        }
        return file;
    }
}
