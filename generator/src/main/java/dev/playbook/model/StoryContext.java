package dev.playbook.model;

import java.util.Objects;

/** Where a story happened: the channel (store, phone, chat, email, online) and the situation. */
public record StoryContext(String channel, String situation) {
    public StoryContext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(situation, "situation");
    }
}
