package dev.playbook.migrate;

import dev.playbook.diag.SourcePosition;

import java.util.Objects;

/**
 * One value read from an old generator's config, and where: the comment beside it in
 * {@code playbook.yml} and any warning about it point there.
 *
 * @param key the key it was read from, as the old config spells it ({@code baseURL}, {@code site_name})
 */
record Setting(String value, String key, SourcePosition at) {
    Setting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
    }
}
