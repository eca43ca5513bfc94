/**
 * Charts drawn at build time as inline SVG: a metric's line chart with its target, small multiples
 * per group, sparklines, and the rollout timeline. Each is accessible (role, title, a description
 * in words, the numbers in a table), coloured by CSS classes and byte-identical between builds.
 */
package dev.playbook.charts;
