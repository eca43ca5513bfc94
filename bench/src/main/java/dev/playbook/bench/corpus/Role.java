package dev.playbook.bench.corpus;

import java.util.List;

/** A role of the synthetic playbook, listed in {@code playbook.yml} and used by parameter limits. */
record Role(String id, String title) {
    /** In order of authority: a limit's approver is always later in this list than its role. */
    static final List<Role> ALL = List.of(
            new Role("associate", "Store associate"),
            new Role("agent", "Contact centre agent"),
            new Role("team-lead", "Team lead"),
            new Role("store-manager", "Store manager"),
            new Role("care-manager", "Customer care manager"));
}
