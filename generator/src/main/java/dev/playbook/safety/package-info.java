/**
 * What may reach a published page: an allowlist sanitizer for the HTML that content and data bring,
 * and the Content-Security-Policy every page sends. Depends on jsoup only, so every stage may use it.
 */
package dev.playbook.safety;
