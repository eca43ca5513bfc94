package dev.playbook.config;

import dev.playbook.diag.Problems;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from the published pages back to the git host the playbook lives on: {@code edit-url}, a
 * pattern in which {@code {path}} is a page's source path relative to the playbook folder (every
 * page gets an "Edit this page" link), and {@code new-story-url}, where a new story is started
 * (story pages and the stories index get a "Suggest a story" link).
 */
public record HostLinks(Optional<String> editUrl, Optional<String> newStoryUrl) {

    public static final HostLinks NONE = new HostLinks(Optional.empty(), Optional.empty());
    public static final String PATH = "{path}";
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s/?#{}]+([/?#]\\S*)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    public HostLinks {
        Objects.requireNonNull(editUrl, "editUrl");
        Objects.requireNonNull(newStoryUrl, "newStoryUrl");
    }

    /** The edit link of a page whose source path, already percent-encoded, is {@code encodedPath}. */
    public Optional<String> editLink(String encodedPath) {
        return editUrl.map(pattern -> pattern.replace(PATH, encodedPath));
    }

    /** Reads both settings; a bad one is an error at its value and read as absent. */
    static HostLinks read(YamlDocument yaml, FieldReader fields, Problems problems) {
        Optional<String> edit = fields.text("edit-url").map(String::strip).filter(s -> !s.isEmpty());
        if (edit.isPresent() && !validEdit(edit.get(), yaml, problems)) {
            edit = Optional.empty();
        }
        Optional<String> story = fields.text("new-story-url").map(String::strip).filter(s -> !s.isEmpty());
        if (story.isPresent() && !validStory(story.get(), yaml, problems)) {
            story = Optional.empty();
        }
        return new HostLinks(edit, story);
    }

    private static boolean validEdit(String url, YamlDocument yaml, Problems problems) {
        String example = ", e.g. \"https://github.com/example/playbook/edit/main/playbook/{path}\"";
        if (!HTTP.matcher(url).matches()) {
            problems.error(yaml.valuePositionOf("/edit-url"), "edit-url \"" + url + "\" must be an address on your git host,"
                    + " starting with https:// or http://" + example);
            return false;
        }
        if (!url.contains(PATH)) {
            problems.error(yaml.valuePositionOf("/edit-url"), "edit-url \"" + url + "\" has no {path}; write {path} where the"
                    + " page's source path (relative to the playbook folder) goes" + example);
            return false;
        }
        return noOtherPlaceholder("edit-url", url, PATH, yaml, problems);
    }

    private static boolean validStory(String url, YamlDocument yaml, Problems problems) {
        if (!HTTP.matcher(url).matches()) {
            problems.error(yaml.valuePositionOf("/new-story-url"), "new-story-url \"" + url + "\" must be an address on your"
                    + " git host, starting with https:// or http://, e.g."
                    + " \"https://github.com/example/playbook/issues/new?template=story.md\"");
            return false;
        }
        return noOtherPlaceholder("new-story-url", url, "", yaml, problems);
    }

    private static boolean noOtherPlaceholder(String key, String url, String allowed, YamlDocument yaml, Problems problems) {
        Matcher found = PLACEHOLDER.matcher(url);
        while (found.find()) {
            if (!found.group().equals(allowed)) {
                problems.error(yaml.valuePositionOf("/" + key), key + " \"" + url + "\" has the placeholder " + found.group()
                        + (allowed.isEmpty() ? ", but it takes none; write the address as it is"
                        : "; the only placeholder is " + allowed));
                return false;
            }
        }
        return true;
    }
}
