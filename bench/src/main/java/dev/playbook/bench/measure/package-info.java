/** Times child-process builds of a corpus (wall clock, peak memory, reported stats) and prints the comparison. */
package dev.playbook.bench.measure;
