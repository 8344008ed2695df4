package org.careroute.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careroute bench ...}: benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Runs"
        + " a benchmark.", subcommands = {BenchMatrixCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: use one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
