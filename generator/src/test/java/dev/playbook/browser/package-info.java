/** Tests that open the built site in real headless Chromium, and the harness they share. */
package dev.playbook.browser;
