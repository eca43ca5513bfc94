package dev.playbook.feeds;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * One entry of the feeds: a release with its notes, or a story new or changed in a release. Kept
 * in each release's snapshot, so the next release's feeds carry the earlier entries as they were.
 *
 * @param kind    {@code release} or {@code story}
 * @param change  for a story, {@code added} or {@code changed}; {@code ""} for a release
 * @param release the release that published the entry
 * @param date    when that release was made, RFC 3339 in UTC ({@code 2026-04-15T00:00:00Z})
 * @param id      the story's page id; {@code ""} for a release
 * @param path    where the entry links to inside its release's folder ({@code stories/boots.html})
 * @param summary plain text
 * @param content HTML whose links are relative to {@code path}
 */
@JsonPropertyOrder({"kind", "change", "release", "date", "id", "title", "path", "summary", "content"})
public record FeedEntry(String kind, String change, String release, String date, String id, String title, String path,
                        String summary, String content) {

    public static final String RELEASE = "release";
    public static final String STORY = "story";

    public FeedEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        summary = summary == null ? "" : summary;
        content = content == null ? "" : content;
    }

    /** What the entry is about inside its release, the last part of its id: {@code story-added/boots}. */
    String subject() {
        return kind.equals(RELEASE) ? RELEASE : kind + "-" + change + "/" + id;
    }
}
