/** Markdown to HTML (Flexmark) and pages through templates (FreeMarker), each engine configured once and shared by all threads. */
package dev.playbook.render;
