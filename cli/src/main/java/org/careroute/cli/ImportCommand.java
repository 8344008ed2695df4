package org.careroute.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careroute import FORMAT ...}: converts benchmark instances into careroute problems. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Converts a benchmark instance into a careroute problem (JSON)."}, subcommands = {
                ImportSolomonCommand.class}, footer = {"", "Exit codes: 0 converted, 2 bad input or usage."})
final class ImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing format: use 'import solomon FILE -o"
                + " PROBLEM'.");
    }
}
