package dev.playbook.history;

import dev.playbook.model.PageHistory;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads when each file of a playbook last changed from git, in one walk of the history from a
 * commit back, newest commit first, for every file at once: each commit is compared with its
 * parents only where they differ (identical folders are skipped whole), and the walk stops once
 * every file of the starting commit has its date. A merge counts for a file only when the file
 * differs from every parent (the change itself came from one side, which the walk reaches too).
 */
public final class GitHistory {

    private GitHistory() {
    }

    /**
     * @param start      the commit whose files are dated (a release's tag, or HEAD)
     * @param sourcePath the playbook folder in the repository ({@code ""} at its root)
     */
    public static PageHistory read(Repository repository, ObjectId start, String sourcePath) throws IOException {
        String prefix = sourcePath.isEmpty() ? "" : sourcePath + "/";
        Map<String, Instant> found = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit head = walk.parseCommit(start);
            Set<String> wanted = files(reader, head, sourcePath);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(head);
            for (RevCommit commit : walk) {
                if (found.size() == wanted.size()) {
                    break;
                }
                Instant when = commit.getAuthorIdent().getWhenAsInstant();
                for (String path : changed(reader, walk, commit, sourcePath)) {
                    if (path.startsWith(prefix) && wanted.contains(path)) {
                        found.putIfAbsent(path.substring(prefix.length()), when);
                    }
                }
            }
        }
        return new PageHistory(found, java.util.Optional.empty());
    }

    /** Every file under the playbook folder in a commit, by its path in the repository. */
    private static Set<String> files(ObjectReader reader, RevCommit commit, String sourcePath) throws IOException {
        Set<String> files = new HashSet<>();
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (!sourcePath.isEmpty()) {
                tree.setFilter(PathFilter.create(sourcePath));
            }
            while (tree.next()) {
                if (isFile(tree.getFileMode(0))) {
                    files.add(tree.getPathString());
                }
            }
        }
        return files;
    }

    /** The files under the playbook folder a commit changed against each of its parents (all, for a root commit). */
    private static Set<String> changed(ObjectReader reader, RevWalk walk, RevCommit commit, String sourcePath) throws IOException {
        Set<String> changed = new HashSet<>();
        int parents = commit.getParentCount();
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(commit.getTree());
            if (parents == 0) {
                tree.addTree(new EmptyTreeIterator());
            }
            for (int i = 0; i < parents; i++) {
                tree.addTree(walk.parseCommit(commit.getParent(i)).getTree());
            }
            tree.setRecursive(true);
            tree.setFilter(sourcePath.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(sourcePath), TreeFilter.ANY_DIFF));
            while (tree.next()) {
                if (!isFile(tree.getFileMode(0))) {
                    continue;
                }
                boolean fromEveryParent = true;
                for (int i = 1; i < tree.getTreeCount() && fromEveryParent; i++) {
                    fromEveryParent = !tree.idEqual(0, i) || !tree.getFileMode(0).equals(tree.getFileMode(i));
                }
                if (fromEveryParent) {
                    changed.add(tree.getPathString());
                }
            }
        }
        return changed;
    }

    private static boolean isFile(FileMode mode) {
        return mode.equals(FileMode.REGULAR_FILE) || mode.equals(FileMode.EXECUTABLE_FILE);
    }
}
