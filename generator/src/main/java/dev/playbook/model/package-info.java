/** Immutable records of the playbook as a site: pages, types, sections, navigation order and URLs. */
package dev.playbook.model;
