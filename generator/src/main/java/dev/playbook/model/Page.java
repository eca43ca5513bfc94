package dev.playbook.model;

import dev.playbook.config.PageType;

import dev.playbook.config.YamlDocument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the playbook, as the model knows it before rendering.
 *
 * @param url      the output path inside the release, e.g. {@code standards/greet.html}
 * @param folder   the source folder the page belongs to, e.g. {@code standards} ({@code ""} at the top)
 * @param body     the Markdown body, without front matter
 * @param bodyLine the file line on which the body starts
 * @param titleFromBody whether the title was taken from the body's first heading (which is then not repeated)
 */
public record Page(
        String id,
        String sourcePath,
        String display,
        String url,
        PageKind kind,
        PageType type,
        String title,
        String summary,
        List<String> tags,
        int weight,
        boolean draft,
        String folder,
        Optional<String> layout,
        YamlDocument frontMatter,
        String body,
        int bodyLine,
        boolean titleFromBody,
        PageData data,
        long sourceHash) {

    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(data, "data");
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid page id: " + id);
        }
        if (!UrlPaths.isSafe(url)) {
            throw new IllegalArgumentException("unsafe page url: " + url);
        }
    }

    /** The same page under another id (a default id that another page has too). */
    public Page withId(String newId) {
        return new Page(newId, sourcePath, display, url, kind, type, title, summary, tags, weight, draft, folder, layout,
                frontMatter, body, bodyLine, titleFromBody, data, sourceHash);
    }

    /** The same page with its body rewritten (other generators' link tags made plain links, same lines). */
    public Page withBody(String newBody) {
        return new Page(id, sourcePath, display, url, kind, type, title, summary, tags, weight, draft, folder, layout,
                frontMatter, newBody, bodyLine, titleFromBody, data, sourceHash);
    }
}
