package dev.playbook.testing;

import dev.playbook.config.SiteConfig;
import dev.playbook.config.SiteConfigReader;
import dev.playbook.diag.Problems;
import dev.playbook.load.SourceLoader;
import dev.playbook.load.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small playbook the fuzz tests put their input into: one page of each kind, a course and a
 * glossary, so a fuzzed page or file has real pages to link to and clash with. Written once per
 * JVM into a temporary folder (removed at exit), since a fuzzing run calls a target many
 * thousand times.
 */
public final class FuzzPlaybook {

    /** The files of the playbook, by path inside the source folder. */
    public static final Map<String, String> FILES = Map.of(
            "playbook.yml", """
                    title: Fuzz Playbook
                    release: "2026.2"
                    language: en
                    roles:
                      - id: associate
                        title: Store associate
                      - id: team-lead
                        title: Team lead
                    """,
            "index.md", "# Home\n\nSee [[own-the-problem]], [credits](parameters/credits.md) and ![desk](images/desk.png).\n",
            "vision.md", "---\ntype: vision\n---\n# Vision\n\nWe go the extra mile.\n",
            "standards/own-the-problem.md", """
                    ---
                    id: own-the-problem
                    summary: The first person the customer reaches owns the problem.
                    ---
                    # Own the problem

                    ## How {#how}

                    Say who you are and what happens next.

                    ## When

                    Always.

                    ## Authority

                    See [[credits]].
                    """,
            "stories/parcel.md", """
                    ---
                    type: story
                    illustrates: [own-the-problem]
                    context:
                      channel: phone
                      situation: A parcel never came.
                    outcome: Replacement couriered the same day.
                    ---
                    # The parcel that never came

                    It [worked](../standards/own-the-problem.md#how).
                    """,
            "parameters/credits.md", """
                    ---
                    type: parameter
                    id: credits
                    limits:
                      - role: associate
                        extra: Goodwill credit
                        up-to: 25 USD
                        approval: team-lead
                    ---
                    # Goodwill credits

                    A goodwill credit makes up for a mistake.
                    """,
            "training/deep/nested/page.md", "# A nested page\n\nBack [home](../../../index.md).\n",
            "glossary.yml", """
                    terms:
                      - term: goodwill credit
                        definition: Money back on a purchase, given to make up for a mistake.
                        page: credits
                    """,
            "courses/new-hire.yml", """
                    title: New hire
                    modules:
                      - title: First week
                        steps:
                          - own-the-problem#how
                          - page: credits
                    """);

    public static final String IMAGE = "images/desk.png";

    private final Path root;

    private FuzzPlaybook(Path root) {
        this.root = root;
    }

    /** A new copy in a temporary folder of its own ({@code root/playbook}), removed when the JVM exits. */
    public static FuzzPlaybook create(String name) {
        try {
            Path root = Files.createTempDirectory(name);
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path path = root.resolve("playbook").resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            Path image = root.resolve("playbook").resolve(IMAGE);
            Files.createDirectories(image.getParent());
            Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return new FuzzPlaybook(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path source() {
        return root.resolve("playbook");
    }

    /** The text of every file as problems name them ({@code playbook/...}), the folder itself included. */
    public Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        FILES.forEach((path, text) -> texts.put("playbook/" + path, text));
        texts.put("playbook/" + IMAGE, "");
        texts.put("playbook", "");
        return texts;
    }

    /** The config, read as a build reads it. */
    public SiteConfig config() {
        return SiteConfigReader.read(FILES.get("playbook.yml"), "playbook/playbook.yml", new Problems()).orElseThrow();
    }

    /** Every source file, loaded as a build loads them; the playbook has no problems of its own. */
    public SourceTree load() {
        try {
            Problems problems = new Problems();
            SourceTree tree = new SourceLoader(source(), "playbook").load(problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the fuzz playbook has problems: " + problems.sorted());
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: left for the system to clean
        }
    }
}
