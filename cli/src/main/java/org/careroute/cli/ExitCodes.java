package org.careroute.cli;

/** The exit codes of the careroute command line (see the command-line contract in DESIGN.md). */
final class ExitCodes {

    /** Planned, valid, feasible. */
    static final int OK = 0;
    /** {@code verify} found broken rules. */
    static final int VIOLATIONS = 1;
    /** Bad input, bad usage, or any other failure: nothing was written. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
