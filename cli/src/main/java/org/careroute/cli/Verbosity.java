package org.careroute.cli;

/**
 * How much the command line tells.
 *
 * @param quiet
 *            no progress display and no INFO log lines
 * @param verbose
 *            the solver's INFO log lines too (Timefold's solve start and end, careroute's search speed)
 * @param debug
 *            stack traces of unexpected errors and more log lines
 */
record Verbosity(boolean quiet, boolean verbose, boolean debug) {

    /** Progress and messages, no solver log lines: the default. */
    static final Verbosity NORMAL = new Verbosity(false, false, false);
}
