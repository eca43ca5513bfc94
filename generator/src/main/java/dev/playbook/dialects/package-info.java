/**
 * Reads other generators' conventions (Hugo, Jekyll, Eleventy, MkDocs, Docusaurus, GitBook): the
 * addresses a page answered to on the old site, the link tags of their template languages, and their
 * block-level callouts, disclosures, includes and embeds, rewritten into Markdown Playbook renders.
 * It depends only on {@code config} and {@code diag}, so the model and the stages can use it.
 */
package dev.playbook.dialects;
