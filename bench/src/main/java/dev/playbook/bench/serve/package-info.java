/** Times {@code playbook serve}: from saving a page to the reloaded page being served. */
package dev.playbook.bench.serve;
