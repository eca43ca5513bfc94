package dev.playbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --debug}: stack traces of internal errors, for bug reports; without it no user sees one. */
final class DebugOption {

    static final String NAME = "--debug";

    @Option(names = NAME, description = "Print the stack trace of any internal error, for a bug report.")
    boolean debug;

    /** Whether the command line asked for {@code --debug}, on the command or a subcommand. */
    static boolean asked(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult at = parsed; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption(NAME)) {
                return true;
            }
        }
        return false;
    }
}
