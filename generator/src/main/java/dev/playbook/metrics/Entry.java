package dev.playbook.metrics;

import dev.playbook.diag.SourcePosition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measurement as written, before it is checked: its date, value and group as text, each with
 * its place (a YAML value or a CSV cell). {@code number} is the value when YAML already read it as one.
 */
record Entry(String date, SourcePosition dateAt, String value, Optional<BigDecimal> number, SourcePosition valueAt,
             String group, SourcePosition groupAt) { }
