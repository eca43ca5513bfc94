package dev.playbook.scorm;

import java.util.List;

/**
 * What the player template ({@code _scorm-player.ftlh}) sees: the course, its items numbered in
 * order across modules, and the runtime the player speaks ({@code 1.2} or {@code 2004}).
 *
 * @param first the first item's href, which the player's frame opens without scripts
 */
public record PlayerView(String language, String siteTitle, String course, String title, String summary, String scorm,
                         String contentSecurityPolicy, String first, int count, List<ModuleView> modules) {

    public PlayerView {
        modules = List.copyOf(modules);
    }

    public record ModuleView(int number, String title, List<ItemView> items) {
        public ModuleView {
            items = List.copyOf(items);
        }
    }

    /** @param index the item's place in the course, from 1 */
    public record ItemView(int index, String title, String href, String kind) { }
}
