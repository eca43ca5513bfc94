/** Reads other generators' conventions: their block-level callouts, disclosures, includes and embeds, rewritten into Markdown Playbook renders. */
package dev.playbook.dialects;
