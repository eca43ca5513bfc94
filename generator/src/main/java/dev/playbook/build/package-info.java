/** Runs the stages of a build in order (config, load, model, render, check, release, index, layout, write), times them and owns the problems. */
package dev.playbook.build;
