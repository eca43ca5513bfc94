/** The command line: parses arguments, runs a build or the server, and maps outcomes to exit codes. */
package dev.playbook.cli;
