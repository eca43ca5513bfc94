/** Measures a built site's search as a reader meets it: index size on disk, cold-query downloads and waits, and query times in Chromium. */
package dev.playbook.bench.search;
