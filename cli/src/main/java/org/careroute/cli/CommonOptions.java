package org.careroute.cli;

import picocli.CommandLine.Option;

/** Options every command has; mixed into each command. */
final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Show no progress and no solver log lines; warnings, errors and"
            + " the final summary are still shown.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also show the solver's log lines (Timefold's 'Solving started'"
            + " and 'Solving ended', careroute's search speed); by default they are kept out of the progress display.")
    private boolean verbose;

    @Option(names = "--debug", description = "Print the stack trace of unexpected errors and more log lines (implies"
            + " --verbose).")
    private boolean debug;

    Verbosity verbosity() {
        return new Verbosity(quiet, verbose || debug, debug);
    }
}
