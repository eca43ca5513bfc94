package dev.playbook.model;

import dev.playbook.dialects.OldAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page's front matter says beyond its identity, already typed and checked: ownership and
 * review, effective dates, relations, the fields of its type (limits, story context), and the
 * addresses it had on the site it was imported from (see {@link dev.playbook.dialects.OldAddresses}).
 */
public record PageData(
        Optional<String> owner,
        List<String> audience,
        List<String> related,
        List<String> aliases,
        Optional<LocalDate> reviewed,
        Optional<LocalDate> effective,
        Optional<LocalDate> until,
        List<Limit> limits,
        List<String> illustrates,
        Optional<StoryContext> context,
        Optional<String> outcome,
        List<OldAddress> oldAddresses) {

    public static final PageData EMPTY = new PageData(Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

    public PageData {
        Objects.requireNonNull(owner, "owner");
        audience = List.copyOf(audience);
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(until, "until");
        limits = List.copyOf(limits);
        illustrates = List.copyOf(illustrates);
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(outcome, "outcome");
        oldAddresses = List.copyOf(oldAddresses);
    }
}
