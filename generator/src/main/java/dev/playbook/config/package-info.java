/** YAML read with positions, and {@code playbook.yml} read into checked records. */
package dev.playbook.config;
