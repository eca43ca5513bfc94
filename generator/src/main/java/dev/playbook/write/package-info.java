/** The only code that touches the output folder: everything is staged in a temporary folder, then moved in. */
package dev.playbook.write;
