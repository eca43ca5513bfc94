/** A playbook in several languages: which source is which language's page, what is missing or outdated, the theme's words in each. */
package dev.playbook.languages;
