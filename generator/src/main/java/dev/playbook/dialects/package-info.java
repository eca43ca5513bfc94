/**
 * Reads the conventions of other documentation generators (GitBook, MkDocs, Docusaurus, Jekyll,
 * Hugo, Eleventy) so an existing handbook builds as it is: their navigation files become
 * {@link dev.playbook.model.NavHints}, their configuration a first {@code playbook.yml}.
 */
package dev.playbook.dialects;
