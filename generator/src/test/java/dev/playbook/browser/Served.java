package dev.playbook.browser;

/** The two ways readers open a published playbook: from disk, and from a web server. */
enum Served { FILE, HTTP }
