package dev.playbook.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A playbook in a temporary git repository ({@code playbook/} at its root), where a test commits
 * and tags releases as editors do, through JGit.
 */
public final class GitPlaybook implements AutoCloseable {

    private static final PersonIdent EDITOR = new PersonIdent("Editor", "editor@example.org",
            Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    private final TestPlaybook playbook;
    private final Git git;

    private GitPlaybook(TestPlaybook playbook, Git git) {
        this.playbook = playbook;
        this.git = git;
    }

    /** A new repository in {@code root} holding a playbook with {@code config} as its playbook.yml. */
    public static GitPlaybook init(Path root, String config) {
        try {
            Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
            TestPlaybook playbook = new TestPlaybook(root).file("playbook.yml", config);
            java.nio.file.Files.writeString(root.resolve(".gitignore"), "/site-out/\n");
            return new GitPlaybook(playbook, git);
        } catch (GitAPIException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestPlaybook playbook() {
        return playbook;
    }

    public GitPlaybook file(String path, String content) {
        playbook.file(path, content);
        return this;
    }

    public GitPlaybook delete(String path) {
        playbook.delete(path);
        return this;
    }

    /** Commits every change in the working tree. */
    public GitPlaybook commit(String message) {
        return commit(message, EDITOR.getWhenAsInstant());
    }

    /** Commits every change in the working tree, written and committed at {@code when}. */
    public GitPlaybook commit(String message, Instant when) {
        try {
            PersonIdent editor = new PersonIdent(EDITOR.getName(), EDITOR.getEmailAddress(), when, ZoneOffset.UTC);
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setSign(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tags the last commit; {@code annotated} tags are peeled to their commit, as git does. */
    public GitPlaybook tag(String name, boolean annotated) {
        try {
            var tag = git.tag().setName(name).setAnnotated(annotated);
            if (annotated) {
                tag.setMessage("Release " + name).setTagger(EDITOR).setSigned(false);
            }
            tag.call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JGit handle, for what a test does beyond commits and tags (branches, merges). */
    public Git git() {
        return git;
    }

    @Override
    public void close() {
        git.close();
    }
}
