package dev.playbook.releases;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.playbook.model.ReleaseNotes.DiffPart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A readable word diff of two texts (java-diff-utils over words): kept words, deletions and
 * insertions in reading order. Long kept runs keep only a few words either side of a change, so
 * a one-word edit in a long section reads as one line.
 */
final class WordDiff {

    /** Kept words shown on each side of a change. */
    static final int CONTEXT = 6;

    private WordDiff() {
    }

    static List<DiffPart> of(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<DiffPart> parts = new ArrayList<>();
        int at = 0;
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        for (int d = 0; d < deltas.size(); d++) {
            AbstractDelta<String> delta = deltas.get(d);
            int start = delta.getSource().getPosition();
            same(parts, old.subList(at, start), d == 0, false);
            if (!delta.getSource().getLines().isEmpty()) {
                parts.add(new DiffPart(DiffPart.Kind.REMOVED, String.join(" ", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                parts.add(new DiffPart(DiffPart.Kind.ADDED, String.join(" ", delta.getTarget().getLines())));
            }
            at = start + delta.getSource().size();
        }
        same(parts, old.subList(at, old.size()), deltas.isEmpty(), true);
        return parts;
    }

    /** A run of kept words, shortened to the words near the changes around it. */
    private static void same(List<DiffPart> parts, List<String> words, boolean first, boolean last) {
        if (words.isEmpty()) {
            return;
        }
        int keepBefore = first ? 0 : CONTEXT;
        int keepAfter = last ? 0 : CONTEXT;
        if (words.size() <= keepBefore + keepAfter + 2) {
            parts.add(new DiffPart(DiffPart.Kind.SAME, String.join(" ", words)));
            return;
        }
        String head = String.join(" ", words.subList(0, keepBefore));
        String tail = String.join(" ", words.subList(words.size() - keepAfter, words.size()));
        String text = (head.isEmpty() ? "" : head + " ") + "…" + (tail.isEmpty() ? "" : " " + tail);
        parts.add(new DiffPart(DiffPart.Kind.SAME, text));
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }
}
