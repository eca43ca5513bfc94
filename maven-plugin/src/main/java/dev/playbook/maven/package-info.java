/** The Maven plugin's goals (playbook:build, playbook:check, playbook:serve): Maven's parameters in, the generator's API called, problems out as Maven's log and failures. */
package dev.playbook.maven;
