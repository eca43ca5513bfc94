/**
 * Brings a handbook from another generator: reads its old config (Hugo, Jekyll, MkDocs,
 * Docusaurus, Eleventy, GitBook) into the {@code playbook.yml} that builds it, and summarises what a
 * check of it found (pages, links, blocks rendered and kept as text) as a migration report.
 */
package dev.playbook.migrate;
