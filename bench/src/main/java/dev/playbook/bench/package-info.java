/** Command line of the benchmark tool: generate a synthetic playbook, time the generator jar building it, or measure its search. */
package dev.playbook.bench;
