/** The dev server: builds the playbook, serves it over HTTP, watches the source and rebuilds through {@code build}. */
package dev.playbook.serve;
