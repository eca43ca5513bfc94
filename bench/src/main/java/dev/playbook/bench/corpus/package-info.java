/** Deterministic synthetic playbooks: a seed and a page count always give the same Markdown tree. */
package dev.playbook.bench.corpus;
