/** Command line of the benchmark tool: generate a synthetic playbook, or time the generator jar building it. */
package dev.playbook.bench;
