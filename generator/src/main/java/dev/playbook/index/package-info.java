/** The Lucene index of a release: one document per page section, built at build time and queried by {@code playbook search}. */
package dev.playbook.index;
