/**
 * Atom feeds of a playbook's releases and stories: the entries each release adds to its history,
 * and the feeds written from them with ROME, with absolute links from {@code base-url}.
 */
package dev.playbook.feeds;
