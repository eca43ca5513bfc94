/** Checks a modelled, rendered playbook: references, conflicting limits, and the service-initiative checklist. */
package dev.playbook.check;
