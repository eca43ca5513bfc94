/**
 * Releases: the working tree and git tags as releases, each built by the one build pipeline into
 * its own folder; the list of published releases, stable links to the latest one, switcher data,
 * release notes and offline bundles.
 */
package dev.playbook.releases;
