package dev.playbook.scorm;

import java.util.List;
import java.util.Objects;

/**
 * What a course's package plays, in order: each module's steps and its knowledge check, each at
 * its page in the release ({@code standards/greet.html#how}).
 *
 * @param id    the course's id
 * @param owner the course file, named when its package cannot be written
 */
public record CoursePlan(String id, String owner, String title, String summary, List<Module> modules) {

    public CoursePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        modules = List.copyOf(modules);
    }

    /** One module: its number, title and items. */
    public record Module(int number, String title, List<Item> items) {
        public Module {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
        }
    }

    /**
     * One thing the learner goes through.
     *
     * @param href  the page in the release, with the section's anchor for a step that is one
     * @param check whether it is a module's knowledge check rather than a step
     */
    public record Item(String title, String href, boolean check) {
        public Item {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(href, "href");
        }

        /** The page's path, without the anchor. */
        public String page() {
            int hash = href.indexOf('#');
            return hash < 0 ? href : href.substring(0, hash);
        }
    }
}
