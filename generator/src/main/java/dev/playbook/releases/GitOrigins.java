package dev.playbook.releases;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.PageHistory;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What git says about a release's source: when each of its files last changed (for "Last
 * updated") and when the release was made (the tag's date, or the working tree's last commit), for
 * its feeds when {@code release-date} is not set. A playbook outside git has neither.
 */
final class GitOrigins {

    private final Optional<GitReleases> git;
    private final Optional<ReleaseBuild.Beside> memo;

    /** @param memo where a series of builds (the dev server) keeps the last history, by commit */
    GitOrigins(Optional<GitReleases> git, Optional<ReleaseBuild.Beside> memo) {
        this.git = git;
        this.memo = memo;
    }

    /** The history of a tagged release, or of the working tree when {@code tag} is empty. */
    PageHistory of(Optional<GitReleases.Tagged> tag, String display, Problems problems) {
        if (git.isEmpty()) {
            return PageHistory.NONE;
        }
        try {
            ObjectId commit;
            Instant date;
            if (tag.isPresent()) {
                commit = tag.get().commit();
                date = tag.get().date();
            } else {
                Optional<GitReleases.Head> head = git.get().head();
                if (head.isEmpty()) {
                    return PageHistory.NONE;
                }
                commit = head.get().commit();
                date = head.get().date();
            }
            Optional<PageHistory> known = memo.flatMap(m -> m.history(commit.name()));
            PageHistory history = known.isPresent() ? known.get() : git.get().history(commit).releasedAt(date);
            memo.ifPresent(m -> m.history(commit.name(), history));
            return history;
        } catch (IOException | RuntimeException e) {
            problems.warning(SourcePosition.of(display), "cannot read the history from git (" + e.getMessage()
                    + "); pages show no \"Last updated\" date");
            return PageHistory.NONE;
        }
    }
}
