package dev.playbook.testing;

import java.nio.file.Path;

/**
 * A playbook's history over four releases, the one the release tests and browser tests share:
 * 2026.2 renames a standard (keeping its id, with an alias) and a guide (without one), removes a
 * guide, raises a limit from $25 to $50, changes a section and adds a story; 2026.3 adds a guide;
 * 2026.4, in the working tree, edits it.
 */
public final class ReleaseHistory {

    private ReleaseHistory() {
    }

    public static String config(String release, String date) {
        return config(release, date, "");
    }

    /** The config of a release with {@code extra} settings (whole lines) at its end. */
    public static String config(String release, String date, String extra) {
        return "title: Test Playbook\nrelease: \"" + release + "\"\nrelease-title: Release " + release
                + "\nrelease-date: " + date + "\nlanguage: en\nroles:\n  - id: associate\n    title: Store associate\n"
                + "  - id: team-lead\n    title: Team lead\n" + extra;
    }

    private static final String CREDITS = "---\ntitle: Goodwill credits\ntype: parameter\nlimits:\n  - role: associate\n"
            + "    extra: Goodwill credit\n    up-to: $%s\n    approval: team-lead\n---\nCredits make up for a bad day.\n";

    /** The history in {@code root}, built with {@code --all-releases}; returns the output folder. */
    public static Path built(Path root) {
        try (GitPlaybook git = create(root.resolve("repo"))) {
            TestPlaybook playbook = git.playbook();
            TestPlaybook.Result result = playbook.build("--all-releases", "-q");
            org.junit.jupiter.api.Assertions.assertEquals(0, result.exitCode(), result::toString);
            return playbook.out();
        }
    }

    /** Tags 2026.1, 2026.2 and 2026.3 in a new repository in {@code root}, and leaves 2026.4 in the working tree, not committed. */
    public static GitPlaybook create(Path root) {
        return create(root, "");
    }

    /** The same history with {@code extra} settings (whole lines) in every release's playbook.yml. */
    public static GitPlaybook create(Path root, String extra) {
        GitPlaybook git = GitPlaybook.init(root, config("2026.1", "2026-01-15", extra))
                .file("index.md", "# Home\n\nWelcome to the playbook.\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile and say hello.\n\n"
                        + "## When\n\nWhen a customer comes within three metres.\n")
                .file("standards/old-name.md", "---\nid: recover\ntitle: Recover from mistakes\n---\n## How\n\nApologise and fix it.\n")
                .file("parameters/credits.md", CREDITS.formatted("25"))
                .file("guides/legacy.md", "# Legacy guide\n\nHow we did it before.\n")
                .file("guides/faq.md", "# Questions\n\nAsk away.\n")
                .file("stories/parcel.md", "---\ntitle: The parcel\ntype: story\nillustrates: [recover]\n---\nIt came late.\n")
                .commit("Release 2026.1").tag("release/2026.1", true);
        git.file("playbook.yml", config("2026.2", "2026-04-15", extra))
                .delete("standards/old-name.md")
                .file("standards/recover-from-mistakes.md", "---\nid: recover\ntitle: Recover from mistakes\n"
                        + "aliases: [standards/old-name.html]\n---\n## How\n\nApologise and fix it.\n")
                .delete("guides/legacy.md")
                .delete("guides/faq.md")
                .file("guides/questions.md", "---\nid: faq\n---\n# Questions\n\nAsk away.\n")
                .file("parameters/credits.md", CREDITS.formatted("50"))
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile and say hello.\n\n"
                        + "## When\n\nWhen a customer comes within five metres, or calls.\n")
                .file("stories/boots.md", "---\ntitle: Wrong boots twice\ntype: story\nillustrates: [recover]\n---\nWe sent the wrong size.\n")
                .commit("Release 2026.2").tag("release/2026.2", false);
        git.file("playbook.yml", config("2026.3", "2026-07-15", extra))
                .file("guides/new-hires.md", "# New hires\n\nStart here.\n")
                .commit("Release 2026.3").tag("release/2026.3", true)
                .tag("not-a-release", false);
        git.file("playbook.yml", config("2026.4", "2026-10-15", extra))
                .file("guides/new-hires.md", "# New hires\n\nStart here, then shadow a colleague.\n");
        return git;
    }
}
