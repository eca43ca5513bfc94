/**
 * Metrics and the rollout plan as data: read from pages' front matter and the YAML or CSV files
 * they name, checked (every mistake a problem at its line and column), and held as immutable records.
 */
package dev.playbook.metrics;
