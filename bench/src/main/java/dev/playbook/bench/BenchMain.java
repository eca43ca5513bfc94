package dev.playbook.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Entry point of {@code playbook-bench.jar}; the only place that exits the JVM. */
@Command(name = "playbook-bench", mixinStandardHelpOptions = true, version = "playbook-bench 0.1.0",
        description = "Generates synthetic playbooks, times the Playbook generator building them and measures their search.",
        subcommands = {GenerateCommand.class, RunCommand.class, SearchCommand.class, ServeCommand.class})
public final class BenchMain implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: generate, run, search or serve");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
