/** The theme as an overlay: a project's theme folder over the default theme carried in the jar, file by file. */
package dev.playbook.theme;
