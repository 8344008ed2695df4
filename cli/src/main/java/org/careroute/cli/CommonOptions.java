package org.careroute.cli;

import picocli.CommandLine.Option;

/** Options every command has; mixed into each command. */
final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Show no progress and no solver log lines; warnings, errors and"
            + " the final summary are still shown.")
    private boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of unexpected errors and more log lines.")
    private boolean debug;

    Verbosity verbosity() {
        return new Verbosity(quiet, debug);
    }
}
