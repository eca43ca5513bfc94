/**
 * Faults that lose nothing: real builds in child processes killed, starved of disk, locked out,
 * fed unreadable or vanishing sources, each checked to leave the old site or the new one whole.
 */
package dev.playbook.faults;
