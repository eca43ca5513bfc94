/** Walks the source folder in sorted order into source files: front matter, body and where the body starts. */
package dev.playbook.load;
