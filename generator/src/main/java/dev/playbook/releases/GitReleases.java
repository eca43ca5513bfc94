package dev.playbook.releases;

import dev.playbook.config.SiteConfig;
import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.UrlPaths;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Releases tagged in git, read with JGit straight from the repository's object database: no
 * checkout, no git binary. A tag's playbook is its tree at the source folder's path, identified
 * by that tree's id, which changes exactly when the playbook's content does.
 */
final class GitReleases implements AutoCloseable {

    /**
     * A tagged release.
     *
     * @param tree   the id of the tagged tree at the source folder's path
     * @param commit the tagged commit
     * @param date   when it was tagged: the tagger's date of an annotated tag, else the commit's date
     */
    record Tagged(String name, String tag, ObjectId tree, ObjectId commit, java.time.Instant date) { }

    private final Repository repository;
    private final String sourcePath;
    /** In a linked worktree ({@code git worktree add}), what its own HEAD file says; JGit reads the main one. */
    private final Optional<String> worktreeHead;

    private GitReleases(Repository repository, String sourcePath, Optional<String> worktreeHead) {
        this.repository = repository;
        this.sourcePath = sourcePath;
        this.worktreeHead = worktreeHead;
    }

    /** Opens the repository that holds the source folder, or empty when it is in none. */
    static Optional<GitReleases> open(Path source) throws IOException {
        Path folder = source.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Optional<String> worktreeHead = Optional.empty();
        Path gitDir = builder.getGitDir().toPath();
        Path commonDir = gitDir.resolve("commondir");
        Repository repository;
        if (Files.isRegularFile(commonDir) && Files.isRegularFile(gitDir.resolve("gitdir"))) {
            // A linked worktree: its objects and refs are in the main repository's folder, its HEAD is its own.
            Path common = gitDir.resolve(Files.readString(commonDir).strip()).normalize();
            Path workTree = Path.of(Files.readString(gitDir.resolve("gitdir")).strip()).getParent();
            worktreeHead = Optional.of(Files.readString(gitDir.resolve(Constants.HEAD)).strip());
            repository = new FileRepositoryBuilder().setGitDir(common.toFile()).setWorkTree(workTree.toFile())
                    .setMustExist(true).build();
        } else {
            repository = builder.setMustExist(true).build();
        }
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path real = folder.toRealPath();
        if (!real.startsWith(workTree)) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitReleases(repository, workTree.relativize(real).toString().replace('\\', '/'), worktreeHead));
    }

    /** Where the source folder is in the repository ({@code ""} at its root). */
    String sourcePath() {
        return sourcePath;
    }

    /**
     * Every tag that {@code release-tags} matches, sorted by release name. A tag whose name is no
     * valid release name, or whose tree has no source folder, is a warning and left out.
     */
    List<Tagged> tags(SiteConfig config, String display, Problems problems) throws IOException {
        String pattern = config.releaseTags();
        String prefix = Constants.R_TAGS + pattern.substring(0, pattern.length() - 1);
        List<Tagged> found = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                String tag = ref.getName().substring(Constants.R_TAGS.length());
                Optional<String> name = config.releaseOfTag(tag);
                if (name.isEmpty()) {
                    continue;
                }
                if (!SiteConfig.isReleaseName(name.get())) {
                    problems.warning(SourcePosition.of(display), "tag \"" + tag + "\" is left out: release \"" + name.get()
                            + "\" must be letters, digits, '.', '_' or '-' (it names a folder)");
                    continue;
                }
                RevObject tagged = walk.parseAny(ref.getObjectId());
                RevObject target = walk.peel(tagged);
                if (!(target instanceof RevCommit commit)) {
                    problems.warning(SourcePosition.of(display), "tag \"" + tag + "\" is left out: it does not point at a commit");
                    continue;
                }
                Optional<ObjectId> tree = subtree(commit);
                if (tree.isEmpty()) {
                    problems.warning(SourcePosition.of(display), "tag \"" + tag + "\" is left out: its commit has no folder \""
                            + sourcePath + "\"");
                    continue;
                }
                java.time.Instant date = tagged instanceof org.eclipse.jgit.revwalk.RevTag annotated && annotated.getTaggerIdent() != null
                        ? annotated.getTaggerIdent().getWhenAsInstant()
                        : commit.getCommitterIdent().getWhenAsInstant();
                found.add(new Tagged(name.get(), tag, tree.get(), commit.getId(), date));
            }
        }
        found.sort((a, b) -> ReleaseOrder.OLDEST_FIRST.compare(a.name(), b.name()));
        return found;
    }

    /** The working tree's last commit and its date, or empty before the first commit. */
    Optional<Head> head() throws IOException {
        ObjectId id;
        if (worktreeHead.isPresent() && worktreeHead.get().startsWith("ref: ")) {
            Ref ref = repository.exactRef(worktreeHead.get().substring("ref: ".length()).strip());
            id = ref == null ? null : ref.getObjectId();
        } else if (worktreeHead.isPresent()) {
            id = ObjectId.isId(worktreeHead.get()) ? ObjectId.fromString(worktreeHead.get()) : null;
        } else {
            id = repository.resolve(Constants.HEAD);
        }
        if (id == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            return Optional.of(new Head(commit.getId(), commit.getCommitterIdent().getWhenAsInstant()));
        }
    }

    /** The commit the working tree was checked out from. */
    record Head(ObjectId commit, java.time.Instant date) { }

    /** When each file of the playbook last changed, as of {@code commit}. */
    dev.playbook.model.PageHistory history(ObjectId commit) throws IOException {
        return dev.playbook.history.GitHistory.read(repository, commit, sourcePath);
    }

    private Optional<ObjectId> subtree(RevCommit commit) throws IOException {
        if (sourcePath.isEmpty()) {
            return Optional.of(commit.getTree().getId());
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, sourcePath, commit.getTree())) {
            if (walk == null || !walk.getFileMode(0).equals(FileMode.TREE)) {
                return Optional.empty();
            }
            return Optional.of(walk.getObjectId(0));
        }
    }

    /**
     * Writes a tagged playbook's files into {@code folder}. Symbolic links and submodules are left
     * out: a release must not read outside its own files.
     */
    void materialise(Tagged release, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(release.tree());
            walk.setRecursive(true);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                String path = walk.getPathString();
                if ((!mode.equals(FileMode.REGULAR_FILE) && !mode.equals(FileMode.EXECUTABLE_FILE)) || !UrlPaths.isSafe(path)) {
                    continue;
                }
                Path file = folder.resolve(path);
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    reader.open(walk.getObjectId(0)).copyTo(out);
                }
            }
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
