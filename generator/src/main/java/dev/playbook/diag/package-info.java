/** Problems found in the source: each one a position, a severity and a message that says what to do. */
package dev.playbook.diag;
