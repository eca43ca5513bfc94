/** The playbook's history in git: when each source file last changed, read in one walk of the commits. */
package dev.playbook.history;
